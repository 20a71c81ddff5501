import type { Selectable } from 'kysely'
import { NewIntervention } from '../../../common/api/clients.js'
import type { ClientInterventionsTable } from '../../db/schema.js'
import { changeIntervention, registerIntervention } from '../clients/interventions.js'
import { clientsBySource, firstPerField, required, unknownClient, type KindImporter } from './kindImporter.js'
import { compileInput, readDates, schemaErrors } from './rowChecks.js'
import { RowRejection, type RowError } from './rowResult.js'

export interface InterventionRowInput {
  sourceId: string
  clientSourceId: string
  intervention: NewIntervention
}

interface InterventionBatch {
  clients: Map<string, string>
  interventions: Map<string, Selectable<ClientInterventionsTable>>
}

const validateIntervention = compileInput<NewIntervention>(NewIntervention)

/**
 * Interventions of clients imported before, matched on their own source id. A known one follows
 * the source in its status, end, outcome and outcome note (through the domain's change rules);
 * its type and start do not change.
 */
export const interventionImporter: KindImporter<InterventionRowInput, InterventionBatch> = {
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

  async load(tx, env, inputs) {
    const sourceIds = inputs.map((input) => input.sourceId)
    const rows = sourceIds.length === 0 ? [] : await tx.selectFrom('client_interventions').selectAll().where('source_system', '=', env.sourceSystem).where('source_id', 'in', sourceIds).execute()
    return {
      clients: await clientsBySource(tx, env.sourceSystem, inputs.map((input) => input.clientSourceId)),
      interventions: new Map(rows.map((row) => [row.source_id!, row])),
    }
  },

  async apply(tx, env, input, batch) {
    const clientId = batch.clients.get(input.clientSourceId)
    if (clientId === undefined) throw new RowRejection([unknownClient(env)])
    const existing = batch.interventions.get(input.sourceId)
    const given = input.intervention
    if (existing === undefined) {
      await registerIntervention(tx, env.tenantId, env.actorId, clientId, given, { system: env.sourceSystem, id: input.sourceId })
      return { outcome: 'created', clientId, changedFields: [] }
    }
    const column = (field: string) => env.columns.get(field) ?? null
    if (existing.client_id !== clientId) throw new RowRejection([{ field: 'sourceId', column: column('sourceId'), message: 'is the id of an intervention of another client' }])
    if (existing.type_code !== given.typeCode || existing.start_date !== given.startDate) {
      throw new RowRejection([
        { field: 'sourceId', column: column('sourceId'), message: 'was imported before with another type or start date; a recorded intervention keeps both (correct it in Koers)' },
      ])
    }
    const change: Parameters<typeof changeIntervention>[5] = {}
    if (given.status !== existing.status) change.status = given.status
    if (given.endDate !== undefined && given.endDate !== existing.end_date) change.endDate = given.endDate
    if (given.outcome !== undefined && given.outcome !== existing.outcome) change.outcome = given.outcome
    if (given.outcomeNote !== undefined && given.outcomeNote !== existing.outcome_note) change.outcomeNote = given.outcomeNote
    const changedFields = Object.keys(change)
    if (changedFields.length === 0) return { outcome: 'unchanged', clientId, changedFields }
    await changeIntervention(tx, env.tenantId, env.actorId, clientId, existing.id, change)
    return { outcome: 'changed', clientId, changedFields }
  },
}
