import type { Selectable } from 'kysely'
import {
  importFieldsByKind,
  requiredImportFields,
  type ImportField,
  type ImportKind,
  type ImportMapping,
  type ImportOptions,
  type NewImportMapping,
} from '../../../common/api/imports.js'
import type { AppContext } from '../../appContext.js'
import { inTenant, type Tx } from '../../db/database.js'
import type { ImportMappingsTable } from '../../db/schema.js'
import { userTrace, type StaffActor } from '../../http/context.js'
import { badRequest, conflict, notFound, type FieldError } from '../../http/problem.js'
import { recordAudit } from '../audit/recordAudit.js'

/** A mapping as a run uses it; a run keeps a copy, so later edits do not change it halfway. */
export interface MappingSpec {
  id: string | null
  name: string
  kind: ImportKind
  sourceSystem: string
  columns: { field: ImportField; column: string }[]
  options: ImportOptions
}

type MappingRow = Selectable<ImportMappingsTable>

export function specOf(row: MappingRow): MappingSpec {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    sourceSystem: row.source_system,
    columns: row.columns as MappingSpec['columns'],
    options: row.options as ImportOptions,
  }
}

function present(row: MappingRow): ImportMapping {
  const spec = specOf(row)
  return { ...spec, id: row.id, createdAt: row.created_at.toISOString(), updatedAt: row.updated_at.toISOString() }
}

/** The checks a schema cannot make: fields of the kind, the required ones, none twice. */
export function checkMapping(input: NewImportMapping): void {
  const allowed: readonly string[] = importFieldsByKind[input.kind]
  const errors: FieldError[] = []
  const seen = new Set<string>()
  input.columns.forEach((column, i) => {
    if (!allowed.includes(column.field)) errors.push({ field: `columns.${i}.field`, message: `is not a field of ${input.kind} (${allowed.join(', ')})` })
    if (seen.has(column.field)) errors.push({ field: `columns.${i}.field`, message: 'is mapped twice' })
    seen.add(column.field)
  })
  for (const field of requiredImportFields[input.kind]) {
    if (!seen.has(field)) errors.push({ field: 'columns', message: `must map ${field}` })
  }
  // Attendance names its client by source id or by client number (or both).
  if (input.kind === 'attendance' && !seen.has('clientSourceId') && !seen.has('clientNumber')) {
    errors.push({ field: 'columns', message: 'must map clientSourceId or clientNumber' })
  }
  const mapped = new Set<string>()
  ;(input.options?.valueMaps ?? []).forEach((map, i) => {
    if (!allowed.includes(map.field)) errors.push({ field: `options.valueMaps.${i}.field`, message: `is not a field of ${input.kind}` })
    const key = `${map.field}\u0000${map.from.trim().toLowerCase()}`
    if (mapped.has(key)) errors.push({ field: `options.valueMaps.${i}.from`, message: 'is translated twice' })
    mapped.add(key)
  })
  if (errors.length > 0) throw badRequest('invalid-mapping', errors.map((e) => `${e.field} ${e.message}`).join('; '), errors)
}

const columnsOf = (input: NewImportMapping) => JSON.stringify(input.columns.map((c) => ({ field: c.field, column: c.column.trim() })))

async function requireFreeName(tx: Tx, name: string, exceptId: string | null): Promise<void> {
  const taken = await tx.selectFrom('import_mappings').select('id').where('name', '=', name).executeTakeFirst()
  if (taken && taken.id !== exceptId) throw conflict('mapping-name-taken', `There is a mapping called ${name} already.`)
}

export async function findMapping(tx: Tx, by: { id: string } | { name: string }): Promise<MappingSpec | null> {
  const query = tx.selectFrom('import_mappings').selectAll()
  const row = await ('id' in by ? query.where('id', '=', by.id) : query.where('name', '=', by.name)).executeTakeFirst()
  return row ? specOf(row) : null
}

export function listMappings(ctx: AppContext, actor: StaffActor): Promise<ImportMapping[]> {
  return inTenant(ctx.db, actor, async (tx) => (await tx.selectFrom('import_mappings').selectAll().orderBy('name').execute()).map(present))
}

export function readMapping(ctx: AppContext, actor: StaffActor, mappingId: string): Promise<ImportMapping> {
  return inTenant(ctx.db, actor, async (tx) => {
    const row = await tx.selectFrom('import_mappings').selectAll().where('id', '=', mappingId).executeTakeFirst()
    if (!row) throw notFound('There is no such import mapping.')
    return present(row)
  })
}

export function createMapping(ctx: AppContext, traceId: string, actor: StaffActor, input: NewImportMapping): Promise<ImportMapping> {
  checkMapping(input)
  return inTenant(ctx.db, actor, async (tx) => {
    await requireFreeName(tx, input.name, null)
    const row = await tx
      .insertInto('import_mappings')
      .values({
        tenant_id: actor.tenantId,
        name: input.name,
        kind: input.kind,
        source_system: input.sourceSystem,
        columns: columnsOf(input),
        options: JSON.stringify(input.options ?? {}),
        created_by: actor.userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow()
    await recordAudit(tx, actor.tenantId, userTrace(traceId, actor), {
      processingActivity: 'tenant-settings',
      action: 'import-mapping.create',
      attributes: { mappingId: row.id, name: row.name, kind: row.kind },
    })
    return present(row)
  })
}

export function replaceMapping(ctx: AppContext, traceId: string, actor: StaffActor, mappingId: string, input: NewImportMapping): Promise<ImportMapping> {
  checkMapping(input)
  return inTenant(ctx.db, actor, async (tx) => {
    await requireFreeName(tx, input.name, mappingId)
    const row = await tx
      .updateTable('import_mappings')
      .set({
        name: input.name,
        kind: input.kind,
        source_system: input.sourceSystem,
        columns: columnsOf(input),
        options: JSON.stringify(input.options ?? {}),
        updated_at: new Date(),
      })
      .where('id', '=', mappingId)
      .returningAll()
      .executeTakeFirst()
    if (!row) throw notFound('There is no such import mapping.')
    await recordAudit(tx, actor.tenantId, userTrace(traceId, actor), {
      processingActivity: 'tenant-settings',
      action: 'import-mapping.update',
      attributes: { mappingId, name: row.name, kind: row.kind },
    })
    return present(row)
  })
}

export function deleteMapping(ctx: AppContext, traceId: string, actor: StaffActor, mappingId: string): Promise<void> {
  return inTenant(ctx.db, actor, async (tx) => {
    const row = await tx.deleteFrom('import_mappings').where('id', '=', mappingId).returning(['name']).executeTakeFirst()
    if (!row) throw notFound('There is no such import mapping.')
    await recordAudit(tx, actor.tenantId, userTrace(traceId, actor), {
      processingActivity: 'tenant-settings',
      action: 'import-mapping.delete',
      attributes: { mappingId, name: row.name },
    })
  })
}
