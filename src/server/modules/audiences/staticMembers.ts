import { sql } from 'kysely'
import type { Tx } from '../../db/database.js'
import { badRequest } from '../../http/problem.js'

/**
 * Adds clients to a static list, by id (picked) and by client number (uploaded). Numbers are
 * matched as given and in capitals; numbers that are no client are returned, not refused, so a
 * file with a few stale numbers still does its work.
 */
export async function addStaticMembers(
  tx: Tx,
  tenantId: string,
  userId: string,
  audienceId: string,
  input: { clientIds?: string[]; clientNumbers?: string[] },
): Promise<{ added: string[]; unknownClientNumbers: string[] }> {
  const ids = new Set(input.clientIds ?? [])
  if (ids.size > 0) {
    const found = await tx.selectFrom('clients').select('id').where(sql<boolean>`id = ANY(${[...ids]}::uuid[])`).execute()
    if (found.length !== ids.size) {
      throw badRequest('unknown-client', 'One or more picked clients are not clients of this organisation.', [{ field: 'clientIds', message: 'names a client that does not exist' }])
    }
  }
  const numbers = [...new Set((input.clientNumbers ?? []).map((n) => n.trim()).filter((n) => n.length > 0))]
  const unknownClientNumbers: string[] = []
  if (numbers.length > 0) {
    const candidates = [...new Set(numbers.flatMap((n) => [n, n.toUpperCase()]))]
    const rows = await tx.selectFrom('clients').select(['id', 'client_number']).where(sql<boolean>`client_number = ANY(${candidates}::text[])`).execute()
    const byNumber = new Map(rows.map((r) => [r.client_number, r.id]))
    for (const number of numbers) {
      const id = byNumber.get(number) ?? byNumber.get(number.toUpperCase())
      if (id === undefined) unknownClientNumbers.push(number)
      else ids.add(id)
    }
  }
  if (ids.size === 0) return { added: [], unknownClientNumbers }
  // One statement over arrays, however long the list (a file can hold tens of thousands).
  const added = await sql<{ client_id: string }>`
    INSERT INTO audience_static_members (tenant_id, audience_id, client_id, added_by)
    SELECT ${tenantId}, ${audienceId}, x.id, ${userId} FROM unnest(${[...ids]}::uuid[]) AS x(id)
    ON CONFLICT DO NOTHING
    RETURNING client_id`.execute(tx)
  return { added: added.rows.map((r) => r.client_id), unknownClientNumbers }
}
