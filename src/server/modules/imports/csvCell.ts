/**
 * One CSV cell, safe to open in a spreadsheet: text that a spreadsheet would take for a formula
 * (starting with =, +, -, @, a tab or a carriage return) gets a leading apostrophe and quotes,
 * and a cell with the separator, a quote or a line break is quoted (OWASP: CSV injection).
 */
export function csvCell(value: string | number | null, separator = ';'): string {
  const text = value === null ? '' : String(value)
  const formulaLike = /^[=+\-@\t\r]/.test(text)
  const safe = formulaLike ? `'${text}` : text
  return formulaLike || safe.includes(separator) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

export const csvLine = (cells: (string | number | null)[], separator = ';') => cells.map((cell) => csvCell(cell, separator)).join(separator)
