/** The parts of the client page, in the order of its table of contents. */
export const clientSections = [
  'details',
  'statuses',
  'diagnosis',
  'development',
  'profile',
  'interventions',
  'attendance',
  'plan',
  'notes',
  'timeline',
  'messages',
  'channels',
  'assignment',
] as const;

export type ClientSectionName = (typeof clientSections)[number];

export const sectionId = (section: ClientSectionName): string => `client-${section}`;
