/** Topics of the living situation the diagnosis form asks about; stored under these keys. */
export const livingSituationTopics = ['housing', 'household', 'finances', 'health', 'mobility', 'language', 'care'] as const;
export type LivingSituationTopic = (typeof livingSituationTopics)[number];

export function isLivingSituationTopic(key: string): key is LivingSituationTopic {
  return (livingSituationTopics as readonly string[]).includes(key);
}
