/** What a logo may be, as the server accepts it. */
export const logoTypes = ['image/png', 'image/svg+xml', 'image/jpeg', 'image/webp'] as const;
export const maximumLogoBytes = 200 * 1024;

export type LogoFileProblem = 'type' | 'size' | 'unreadable';

export class LogoFileError extends Error {
  constructor(readonly problem: LogoFileProblem) {
    super(`Logo file rejected: ${problem}`);
    this.name = 'LogoFileError';
  }
}

/** Reads a chosen logo file as a data URL, after checking its type and size. */
export function readLogoFile(file: File): Promise<string> {
  if (!(logoTypes as readonly string[]).includes(file.type)) return Promise.reject(new LogoFileError('type'));
  if (file.size > maximumLogoBytes) return Promise.reject(new LogoFileError('size'));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.addEventListener('load', () => {
      if (typeof reader.result === 'string') resolve(reader.result);
      else reject(new LogoFileError('unreadable'));
    });
    reader.addEventListener('error', () => { reject(new LogoFileError('unreadable')); });
    reader.readAsDataURL(file);
  });
}
