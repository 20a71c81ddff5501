import { NewStatus } from '../../../common/api/clients.js'
import { applyStatus, statusesBySource, type StatusImport, type StatusRecordRow } from './applyStatus.js'
import { clientsBySource, firstPerField, required, unknownClient, type KindImporter } from './kindImporter.js'
import { compileInput, readDates, schemaErrors } from './rowChecks.js'
import { RowRejection, type RowError } from './rowResult.js'

export interface StatusRowInput {
  clientSourceId: string
  status: StatusImport
}

interface StatusBatch {
  clients: Map<string, string>
  statuses: Map<string, StatusRecordRow>
}

const validateStatus = compileInput<NewStatus>(NewStatus)

/** Status periods of clients imported before, each matched on its own source id. */
export const statusImporter: KindImporter<StatusRowInput, StatusBatch> = {
  kind: 'statuses',
  alias: {},

  prepare(row, { columns }) {
    const v = row.values
    const errors: RowError[] = [...row.errors, ...required(v, ['sourceId', 'clientSourceId'], columns)]
    const { dates, errors: dateErrors } = readDates(v, ['validFrom', 'validTo', 'plannedEnd'] as const, columns)
    errors.push(...dateErrors)
    const input: Record<string, string> = {}
    if (v.statusCode !== undefined) input.statusCode = v.statusCode
    if (dates.validFrom) input.validFrom = dates.validFrom
    if (dates.plannedEnd) input.plannedEnd = dates.plannedEnd
    for (const field of ['regime', 'organisation', 'note'] as const) if (v[field] !== undefined) input[field] = v[field]
    errors.push(...schemaErrors(validateStatus, NewStatus, input, {}, columns))
    const checked = firstPerField(errors)
    const uniqueKeys: [string, string][] = v.sourceId === undefined ? [] : [['sourceId', v.sourceId]]
    if (checked.length > 0) return { number: row.number, sourceId: v.sourceId ?? null, input: null, errors: checked, uniqueKeys }
    const status: StatusImport = {
      sourceId: v.sourceId!,
      statusCode: input.statusCode!,
      validFrom: input.validFrom!,
      validTo: dates.validTo,
      plannedEnd: input.plannedEnd,
      regime: input.regime,
      organisation: input.organisation,
      note: input.note,
    }
    return { number: row.number, sourceId: v.sourceId!, input: { clientSourceId: v.clientSourceId!, status }, errors: [], uniqueKeys }
  },

  async load(tx, env, inputs) {
    return {
      clients: await clientsBySource(tx, env.sourceSystem, inputs.map((input) => input.clientSourceId)),
      statuses: await statusesBySource(tx, env.sourceSystem, inputs.map((input) => input.status.sourceId)),
    }
  },

  async apply(tx, env, input, batch) {
    const clientId = batch.clients.get(input.clientSourceId)
    if (clientId === undefined) throw new RowRejection([unknownClient(env)])
    const outcome = await applyStatus(tx, env, clientId, input.status, batch.statuses.get(input.status.sourceId), { sourceId: 'sourceId', validTo: 'validTo' })
    return { outcome, clientId, changedFields: outcome === 'changed' ? ['validTo'] : [] }
  },
}
