/**
 * Client numbers from an uploaded file or pasted text: one per line, or the first column of a
 * CSV (comma, semicolon or tab), quotes removed; a header line (no digit in it) is skipped.
 */
export function readClientNumbers(text: string): string[] {
  const numbers = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\n|\r/)
    .map((line) => (line.split(/[;,\t]/)[0] ?? '').trim().replace(/^"(.*)"$/, '$1').trim())
    .filter((cell) => cell !== '' && /\d/.test(cell));
  return [...new Set(numbers)];
}
