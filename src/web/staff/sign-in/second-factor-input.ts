/** A six-digit code as typed: spaces and dashes are allowed and dropped. */
export function normaliseCode(value: string): string {
  return value.replace(/[\s-]/g, '');
}

export function isSixDigitCode(value: string): boolean {
  return /^\d{6}$/.test(value);
}
