import type { ChatAttachment, ChatSide } from '../../../common/api/chat.js'
import { maxAttachmentBytes } from '../../../common/api/chat.js'
import type { Tx } from '../../db/database.js'
import { AppError, notFound } from '../../http/problem.js'
import type { UploadLimit } from '../imports/readUpload.js'

export const attachmentLimit: UploadLimit = {
  bytes: maxAttachmentBytes,
  tooLarge: `The file is larger than ${maxAttachmentBytes / 1024 / 1024} MB. Send a smaller photo or document.`,
}

/** The kinds of file a chat takes, known by their first bytes (never by the name or the header the sender claims). */
const signatures: { mediaType: string; matches: (bytes: Buffer) => boolean }[] = [
  { mediaType: 'image/jpeg', matches: (b) => b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { mediaType: 'image/png', matches: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { mediaType: 'image/webp', matches: (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP' },
  { mediaType: 'application/pdf', matches: (b) => b.subarray(0, 5).toString('latin1') === '%PDF-' },
]

export function detectMediaType(bytes: Buffer): string | null {
  return signatures.find((s) => s.matches(bytes))?.mediaType ?? null
}

/** A file name without a path or control characters, at most 200 characters. */
function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? ''
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 200)
  return clean === '' ? 'bestand' : clean
}

export async function storeAttachment(tx: Tx, input: { tenantId: string; clientId: string; uploadedBy: ChatSide; fileName: string; bytes: Buffer }): Promise<ChatAttachment> {
  const mediaType = detectMediaType(input.bytes)
  if (mediaType === null) {
    throw new AppError(415, 'unsupported-file-type', 'Unsupported file type', 'Send a photo (JPEG, PNG or WebP) or a PDF document.')
  }
  const fileName = cleanFileName(input.fileName)
  const row = await tx
    .insertInto('chat_attachments')
    .values({ tenant_id: input.tenantId, client_id: input.clientId, file_name: fileName, media_type: mediaType, size_bytes: input.bytes.length, content: input.bytes, uploaded_by: input.uploadedBy })
    .returning(['id', 'file_name', 'media_type', 'size_bytes'])
    .executeTakeFirstOrThrow()
  return { id: row.id, fileName: row.file_name, mediaType: row.media_type, sizeBytes: row.size_bytes }
}

export async function loadAttachment(tx: Tx, clientId: string, attachmentId: string): Promise<{ fileName: string; mediaType: string; content: Buffer }> {
  const row = await tx
    .selectFrom('chat_attachments')
    .select(['file_name', 'media_type', 'content'])
    .where('id', '=', attachmentId)
    .where('client_id', '=', clientId)
    .executeTakeFirst()
  if (!row) throw notFound('No such attachment in this conversation.')
  return { fileName: row.file_name, mediaType: row.media_type, content: row.content }
}
