import { NewIntervention } from '../../../common/api/clients.js'
import { InterventionBook, type InterventionChange } from '../clients/interventionBook.js'
import { ClientEventLog } from '../clients/timelineInBulk.js'
import { clientsBySource, decideRow, firstPerField, required, unknownClient, type KindImporter } from './kindImporter.js'
import { compileInput, readDates, schemaErrors } from './rowChecks.js'
import { RowRejection, type RowError } from './rowResult.js'

export interface InterventionRowInput {
  sourceId: string
  clientSourceId: string
  intervention: NewIntervention
}

const validateIntervention = compileInput<NewIntervention>(NewIntervention)

/**
 * Interventions of clients imported before, matched on their own source id. A known one follows
 * the source in its status, end, outcome and outcome note (through the domain's change rules);
 * its type and start do not change.
 */
export const interventionImporter: KindImporter<InterventionRowInput> = {
  kind: 'interventions',
  alias: {},

  prepare(row, { columns }) {
    const v = row.values
    const errors: RowError[] = [...row.errors, ...required(v, ['sourceId', 'clientSourceId'], columns)]
    const { dates, errors: dateErrors } = readDates(v, ['startDate', 'endDate'] as const, columns)
    errors.push(...dateErrors)
    const input: Record<string, string> = {}
    if (dates.startDate) input.startDate = dates.startDate
    if (dates.endDate) input.endDate = dates.endDate
    for (const field of ['typeCode', 'status', 'outcome', 'outcomeNote'] as const) if (v[field] !== undefined) input[field] = v[field]
    errors.push(...schemaErrors(validateIntervention, NewIntervention, input, {}, columns))
    const checked = firstPerField(errors)
    const uniqueKeys: [string, string][] = v.sourceId === undefined ? [] : [['sourceId', v.sourceId]]
    if (checked.length > 0) return { number: row.number, sourceId: v.sourceId ?? null, input: null, errors: checked, uniqueKeys }
    return { number: row.number, sourceId: v.sourceId!, input: { sourceId: v.sourceId!, clientSourceId: v.clientSourceId!, intervention: input as unknown as NewIntervention }, errors: [], uniqueKeys }
  },

  async applyBatch(tx, env, inputs) {
    const events = new ClientEventLog()
    const clients = await clientsBySource(tx, env.sourceSystem, inputs.map((input) => input.clientSourceId))
    const book = await InterventionBook.load(tx, events, { system: env.sourceSystem, ids: inputs.map((input) => input.sourceId) })
    const column = (field: string) => env.columns.get(field) ?? null
    const verdicts = inputs.map((input) =>
      decideRow(env, {}, [book, events], () => {
        const clientId = clients.get(input.clientSourceId)
        if (clientId === undefined) throw new RowRejection([unknownClient(env)])
        const existing = book.bySource(input.sourceId)
        const given = input.intervention
        if (existing === undefined) {
          book.register(clientId, given, input.sourceId)
          return { outcome: 'created', clientId, changedFields: [] }
        }
        if (existing.clientId !== clientId) throw new RowRejection([{ field: 'sourceId', column: column('sourceId'), message: 'is the id of an intervention of another client' }])
        if (existing.typeCode !== given.typeCode || existing.startDate !== given.startDate) {
          throw new RowRejection([
            { field: 'sourceId', column: column('sourceId'), message: 'was imported before with another type or start date; a recorded intervention keeps both (correct it in Koers)' },
          ])
        }
        const change: InterventionChange = {}
        if (given.status !== existing.status) change.status = given.status
        if (given.endDate !== undefined && given.endDate !== existing.endDate) change.endDate = given.endDate
        if (given.outcome !== undefined && given.outcome !== existing.outcome) change.outcome = given.outcome
        if (given.outcomeNote !== undefined && given.outcomeNote !== existing.outcomeNote) change.outcomeNote = given.outcomeNote
        const changedFields = Object.keys(change)
        if (changedFields.length === 0) return { outcome: 'unchanged', clientId, changedFields }
        book.change(clientId, existing, change)
        return { outcome: 'changed', clientId, changedFields }
      }),
    )
    await book.write(tx, env.tenantId, env.actorId)
    await events.write(tx, env.tenantId, env.actorId)
    return verdicts
  },
}
