import type { FastifyRequest } from 'fastify'
import { AppError, badRequest, type FieldError } from '../../http/problem.js'
import { importFileLimitBytes, importFileLimitText } from './parseFile.js'
import type { ImportFile } from './startImport.js'

export interface Upload {
  file: ImportFile
  fields: Record<string, string>
}

/** How large a file may be, and what to tell the sender of a larger one. */
export interface UploadLimit {
  bytes: number
  tooLarge: string
}

const importLimit: UploadLimit = {
  bytes: importFileLimitBytes,
  tooLarge: `The file is larger than the limit of ${importFileLimitText}. Split it into smaller files and import them one by one.`,
}

const multipartProblems: Record<string, (limit: UploadLimit) => AppError> = {
  FST_REQ_FILE_TOO_LARGE: (limit) => new AppError(413, 'file-too-large', 'File too large', limit.tooLarge),
  FST_INVALID_MULTIPART_CONTENT_TYPE: () => new AppError(415, 'unsupported-media-type', 'Unsupported media type', 'Send the file as multipart/form-data, in the field "file".'),
  FST_FILES_LIMIT: () => badRequest('one-file-only', 'Send one file per request.', [{ field: 'file', message: 'is given more than once' }]),
  FST_PARTS_LIMIT: () => badRequest('too-many-fields', 'The form has more fields than this endpoint takes.'),
  FST_FIELDS_LIMIT: () => badRequest('too-many-fields', 'The form has more fields than this endpoint takes.'),
  FST_PROTO_VIOLATION: () => badRequest('invalid-input', 'A field name is not allowed.'),
  FST_MP_PREMATURE_CLOSE: () => badRequest('upload-incomplete', 'The upload ended before the file was complete; send it again.'),
}

/**
 * Reads a multipart upload: one file (in the field `file`, at most the limit — by default the
 * import limit — in memory) and text fields, of which only `allowed` are taken. An oversized file
 * is a 413 naming the limit.
 */
export async function readUpload(request: FastifyRequest, allowed: readonly string[], limit: UploadLimit = importLimit): Promise<Upload> {
  let file: ImportFile | null = null
  const fields: Record<string, string> = {}
  const errors: FieldError[] = []
  try {
    for await (const part of request.parts({ limits: { fileSize: limit.bytes, files: 1, fields: allowed.length + 4, parts: allowed.length + 5 } })) {
      if (part.type === 'file') {
        const bytes = await part.toBuffer()
        if (part.fieldname === 'file') file = { name: part.filename || 'upload', bytes }
        else errors.push({ field: part.fieldname, message: 'is not a known field' })
      } else if (allowed.includes(part.fieldname)) {
        fields[part.fieldname] = String(part.value)
      } else {
        errors.push({ field: part.fieldname, message: 'is not a known field' })
      }
    }
  } catch (error) {
    const code = (error as { code?: string }).code
    const problem = code === undefined ? undefined : multipartProblems[code]
    if (problem) throw problem(limit)
    throw error
  }
  if (file === null) errors.push({ field: 'file', message: 'is required' })
  if (errors.length > 0) throw badRequest('invalid-input', errors.map((e) => `${e.field} ${e.message}`).join('; '), errors)
  return { file: file!, fields }
}

/** A form field that must be one of a few values, or absent. */
export function choice<T extends string>(fields: Record<string, string>, name: string, allowed: readonly T[]): T | undefined {
  const value = fields[name]
  if (value === undefined || value === '') return undefined
  if (!(allowed as readonly string[]).includes(value)) {
    throw badRequest('invalid-input', `${name} must be one of ${allowed.join(', ')}`, [{ field: name, message: `is not one of ${allowed.join(', ')}` }])
  }
  return value as T
}
