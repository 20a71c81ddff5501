/** What a contact-card photo may be, as the server accepts it. */
export const photoTypes = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const maximumPhotoBytes = 300 * 1024;

export type PhotoFileProblem = 'photoType' | 'photoSize' | 'photoUnreadable';

export class PhotoFileError extends Error {
  constructor(readonly problem: PhotoFileProblem) {
    super(`Photo file rejected: ${problem}`);
    this.name = 'PhotoFileError';
  }
}

/** Reads a chosen photo as a data URL, after checking its type and size. */
export function readPhotoFile(file: File): Promise<string> {
  if (!(photoTypes as readonly string[]).includes(file.type)) return Promise.reject(new PhotoFileError('photoType'));
  if (file.size > maximumPhotoBytes) return Promise.reject(new PhotoFileError('photoSize'));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.addEventListener('load', () => {
      if (typeof reader.result === 'string') resolve(reader.result);
      else reject(new PhotoFileError('photoUnreadable'));
    });
    reader.addEventListener('error', () => { reject(new PhotoFileError('photoUnreadable')); });
    reader.readAsDataURL(file);
  });
}
