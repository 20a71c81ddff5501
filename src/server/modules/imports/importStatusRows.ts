import { NewStatus } from '../../../common/api/clients.js'
import { StatusBook } from '../clients/statusBook.js'
import { ClientEventLog } from '../clients/timelineInBulk.js'
import { applyImportedStatus, type StatusImport } from './applyStatus.js'
import { clientsBySource, decideRow, firstPerField, required, unknownClient, type KindImporter } from './kindImporter.js'
import { compileInput, readDates, schemaErrors } from './rowChecks.js'
import { RowRejection, type RowError } from './rowResult.js'

export interface StatusRowInput {
  clientSourceId: string
  status: StatusImport
}

const validateStatus = compileInput<NewStatus>(NewStatus)

/** Status periods of clients imported before, each matched on its own source id. */
export const statusImporter: KindImporter<StatusRowInput> = {
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

  async applyBatch(tx, env, inputs) {
    const events = new ClientEventLog()
    const clients = await clientsBySource(tx, env.sourceSystem, inputs.map((input) => input.clientSourceId))
    const book = await StatusBook.load(tx, events, {
      clientIds: [...clients.values()],
      statusCodes: inputs.map((input) => input.status.statusCode),
      source: { system: env.sourceSystem, ids: inputs.map((input) => input.status.sourceId) },
    })
    const verdicts = inputs.map((input) =>
      decideRow(env, {}, [book, events], () => {
        const clientId = clients.get(input.clientSourceId)
        if (clientId === undefined) throw new RowRejection([unknownClient(env)])
        const outcome = applyImportedStatus(book, env, clientId, input.status, { sourceId: 'sourceId', validTo: 'validTo' })
        return { outcome, clientId, changedFields: outcome === 'changed' ? ['validTo'] : [] }
      }),
    )
    await book.write(tx, env.tenantId, env.actorId)
    await events.write(tx, env.tenantId, env.actorId)
    return verdicts
  },
}
