/** Something the organisation named in both languages, such as a status type or a competence. */
export interface Bilingual {
  labelNl: string;
  labelEn: string;
}

/** The label in the user's language; Dutch when the English one is empty. */
export function localLabel(item: Bilingual, language: string): string {
  return language.startsWith('en') && item.labelEn.trim() !== '' ? item.labelEn : item.labelNl;
}
