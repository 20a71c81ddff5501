/** Codes are the stable keys of settings: lower case letters, digits and underscores. */
export const codePattern = /^[a-z0-9_]{1,40}$/;

/** A code suggested from a label: "Werkervaringsplaats Zorg" → "werkervaringsplaats_zorg". */
export function codeFromLabel(label: string): string {
  return label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40);
}
