/**
 * One error type with stable codes. Handlers and services throw it; the error handler turns it
 * into `application/problem+json` (RFC 9457).
 */
export interface FieldError {
  field: string
  message: string
  /** For errors in a text (e.g. template syntax): the line, counted from 1. */
  line?: number
}

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    readonly detail: string,
    readonly errors?: FieldError[],
  ) {
    super(detail)
    this.name = 'AppError'
  }
}

export const badRequest = (code: string, detail: string, errors?: FieldError[]) =>
  new AppError(400, code, 'Invalid input', detail, errors)
export const unauthorized = (code: string, detail: string) => new AppError(401, code, 'Not signed in', detail)
export const forbidden = (detail = 'You may not do this.') => new AppError(403, 'forbidden', 'Forbidden', detail)
export const notFound = (detail = 'Not found.') => new AppError(404, 'not-found', 'Not found', detail)
export const conflict = (code: string, detail: string) => new AppError(409, code, 'Conflict', detail)
