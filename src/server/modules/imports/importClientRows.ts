import { NewClient, NewStatus } from '../../../common/api/clients.js'
import type { ClientFields } from '../clients/clientInput.js'
import { normaliseClientInput } from '../clients/clientInput.js'
import { insertClient } from '../clients/createClient.js'
import { updateClientFromImport, type ClientRecordRow } from '../clients/updateClientFromImport.js'
import { applyStatus, statusesBySource, type StatusImport, type StatusRecordRow } from './applyStatus.js'
import { firstPerField, required, type KindImporter } from './kindImporter.js'
import { compileInput, readDates, schemaErrors } from './rowChecks.js'
import type { RowError } from './rowResult.js'

export interface ClientRowInput {
  sourceId: string
  fields: ClientFields
  /** Only the fields the row gives: an update never clears what the file leaves blank. */
  given: Partial<ClientFields>
  status: StatusImport | null
}

interface ClientBatch {
  clients: Map<string, ClientRecordRow>
  statuses: Map<string, StatusRecordRow>
}

const validateClient = compileInput<NewClient>(NewClient)
const validateStatus = compileInput<NewStatus>(NewStatus)
const clientTextFields = ['clientNumber', 'initials', 'firstNames', 'tussenvoegsel', 'surname', 'street', 'houseNumber', 'postcode', 'city', 'phone', 'email', 'preferredLanguage', 'preferredChannel'] as const
const statusAlias = { statusCode: 'statusCode', validFrom: 'statusValidFrom', validTo: 'statusValidTo', plannedEnd: 'statusValidTo', regime: 'statusRegime' }

/**
 * Clients, each optionally with one status (a benefit, say) on the same row. Matched on the
 * source system's id: a new client is registered as the API registers one; a known client gets
 * the fields that differ. The row's status has its own source id, or one made of the client's
 * id, the status code and its start.
 */
export const clientImporter: KindImporter<ClientRowInput, ClientBatch> = {
  kind: 'clients',
  alias: statusAlias,

  prepare(row, { columns, today }) {
    const v = row.values
    const errors: RowError[] = [...row.errors, ...required(v, ['sourceId'], columns)]
    const { dates, errors: dateErrors } = readDates(v, ['dateOfBirth', 'intakeDate', 'statusValidFrom', 'statusValidTo'] as const, columns)
    errors.push(...dateErrors)
    const input: Record<string, string> = {}
    for (const field of clientTextFields) if (v[field] !== undefined) input[field] = v[field]
    if (v.bsn !== undefined) input.bsn = v.bsn.replace(/[\s.]/g, '')
    if (dates.dateOfBirth) input.dateOfBirth = dates.dateOfBirth
    if (dates.intakeDate) input.intakeDate = dates.intakeDate
    input.firstNames ??= ''
    input.surname ??= ''
    errors.push(...schemaErrors(validateClient, NewClient, input, {}, columns))
    const normalised = normaliseClientInput(input as NewClient, today)
    errors.push(...normalised.errors.map((e) => ({ field: e.field, column: columns.get(e.field) ?? null, message: e.message })))

    let status: StatusImport | null = null
    const statusGiven = ['statusCode', 'statusValidFrom', 'statusValidTo', 'statusRegime', 'statusSourceId'].some((field) => v[field as keyof typeof v] !== undefined)
    if (statusGiven) {
      const statusInput: Record<string, string> = {}
      if (v.statusCode !== undefined) statusInput.statusCode = v.statusCode
      if (dates.statusValidFrom) statusInput.validFrom = dates.statusValidFrom
      if (v.statusRegime !== undefined) statusInput.regime = v.statusRegime
      errors.push(...schemaErrors(validateStatus, NewStatus, statusInput, statusAlias, columns))
      if (v.sourceId !== undefined && statusInput.statusCode !== undefined && statusInput.validFrom !== undefined) {
        status = {
          sourceId: v.statusSourceId ?? `${v.sourceId}/${statusInput.statusCode}/${statusInput.validFrom}`,
          statusCode: statusInput.statusCode,
          validFrom: statusInput.validFrom,
          validTo: dates.statusValidTo,
          regime: statusInput.regime,
        }
      }
    }

    const uniqueKeys: [string, string][] = []
    if (v.sourceId !== undefined) uniqueKeys.push(['sourceId', v.sourceId])
    if (input.bsn) uniqueKeys.push(['bsn', input.bsn.padStart(9, '0')])
    if (v.clientNumber !== undefined) uniqueKeys.push(['clientNumber', v.clientNumber])
    if (v.statusSourceId !== undefined) uniqueKeys.push(['statusSourceId', v.statusSourceId])
    const checked = firstPerField(errors)
    if (checked.length > 0 || normalised.value === null) return { number: row.number, sourceId: v.sourceId ?? null, input: null, errors: checked, uniqueKeys }
    const fields = normalised.value
    const given = Object.fromEntries(Object.keys(input).filter((key) => input[key] !== '').map((key) => [key, fields[key as keyof ClientFields]])) as Partial<ClientFields>
    return { number: row.number, sourceId: v.sourceId!, input: { sourceId: v.sourceId!, fields, given, status }, errors: [], uniqueKeys }
  },

  async load(tx, env, inputs) {
    const sourceIds = inputs.map((input) => input.sourceId)
    const rows = sourceIds.length === 0 ? [] : await tx.selectFrom('clients').selectAll().where('source_system', '=', env.sourceSystem).where('source_id', 'in', sourceIds).execute()
    const statusIds = inputs.flatMap((input) => (input.status ? [input.status.sourceId] : []))
    return {
      clients: new Map(rows.map((row) => [row.source_id!, row])),
      statuses: await statusesBySource(tx, env.sourceSystem, statusIds),
    }
  },

  async apply(tx, env, input, batch) {
    const existing = batch.clients.get(input.sourceId)
    let clientId: string
    let outcome: 'created' | 'changed' | 'unchanged'
    const changedFields: string[] = []
    if (existing === undefined) {
      clientId = (await insertClient(tx, env.secretBox, env.tenantId, env.actorId, input.fields, { source: { system: env.sourceSystem, id: input.sourceId } })).id
      outcome = 'created'
    } else {
      clientId = existing.id
      changedFields.push(...(await updateClientFromImport(tx, env.secretBox, env.tenantId, env.actorId, existing, input.given, { system: env.sourceSystem })))
      outcome = changedFields.length > 0 ? 'changed' : 'unchanged'
    }
    if (input.status !== null) {
      const statusOutcome = await applyStatus(tx, env, clientId, input.status, batch.statuses.get(input.status.sourceId), { sourceId: 'statusSourceId', validTo: 'statusValidTo' })
      if (statusOutcome !== 'unchanged' && outcome !== 'created') {
        outcome = 'changed'
        changedFields.push(statusOutcome === 'created' ? 'status' : 'statusValidTo')
      }
    }
    return { outcome, clientId, changedFields }
  },
}
