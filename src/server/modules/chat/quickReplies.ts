import type { QuickReply, QuickReplyInput } from '../../../common/api/chat.js'
import type { Tx } from '../../db/database.js'
import { conflict, notFound } from '../../http/problem.js'

const toQuickReply = (row: { id: string; label: string; body: string; position: number }): QuickReply => ({ id: row.id, label: row.label, body: row.body, position: row.position })

export async function listQuickReplies(tx: Tx): Promise<QuickReply[]> {
  const rows = await tx.selectFrom('chat_quick_replies').select(['id', 'label', 'body', 'position']).orderBy('position').orderBy('label').execute()
  return rows.map(toQuickReply)
}

async function labelTaken(tx: Tx, label: string, exceptId: string | null): Promise<boolean> {
  let query = tx.selectFrom('chat_quick_replies').select('id').where('label', '=', label)
  if (exceptId !== null) query = query.where('id', '<>', exceptId)
  return (await query.executeTakeFirst()) !== undefined
}

const labelInUse = () => conflict('label-in-use', 'Another quick reply has this label already.')

export async function createQuickReply(tx: Tx, tenantId: string, input: QuickReplyInput): Promise<QuickReply> {
  if (await labelTaken(tx, input.label, null)) throw labelInUse()
  const row = await tx
    .insertInto('chat_quick_replies')
    .values({ tenant_id: tenantId, label: input.label, body: input.body, position: input.position ?? 0 })
    .returning(['id', 'label', 'body', 'position'])
    .executeTakeFirstOrThrow()
  return toQuickReply(row)
}

export async function updateQuickReply(tx: Tx, id: string, input: QuickReplyInput): Promise<QuickReply> {
  if (await labelTaken(tx, input.label, id)) throw labelInUse()
  const row = await tx
    .updateTable('chat_quick_replies')
    .set({ label: input.label, body: input.body, position: input.position ?? 0 })
    .where('id', '=', id)
    .returning(['id', 'label', 'body', 'position'])
    .executeTakeFirst()
  if (!row) throw notFound('No such quick reply.')
  return toQuickReply(row)
}

export async function deleteQuickReply(tx: Tx, id: string): Promise<void> {
  const result = await tx.deleteFrom('chat_quick_replies').where('id', '=', id).executeTakeFirst()
  if (Number(result.numDeletedRows) === 0) throw notFound('No such quick reply.')
}
