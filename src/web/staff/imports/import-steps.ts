/** The steps of a new import, in order. */
export const importSteps = ['file', 'preview', 'mapping', 'dryRun', 'run'] as const;
export type ImportStep = (typeof importSteps)[number];

export const stepHeadingId = 'import-step-title';
