import { AppError } from '../../http/problem.js'

/**
 * A file that cannot be imported as a whole (unreadable, wrong encoding, columns missing). The
 * detail says what to do about it and never quotes the file's contents.
 */
export const unreadableFile = (code: string, detail: string) => new AppError(400, code, 'The file cannot be imported', detail)
