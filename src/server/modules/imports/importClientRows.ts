import { NewClient, NewStatus } from '../../../common/api/clients.js'
import type { ClientFields } from '../clients/clientInput.js'
import { normaliseClientInput } from '../clients/clientInput.js'
import { ImportedClients } from '../clients/importedClients.js'
import { StatusBook } from '../clients/statusBook.js'
import { ClientEventLog } from '../clients/timelineInBulk.js'
import { applyImportedStatus, type StatusImport } from './applyStatus.js'
import { decideRow, firstPerField, required, type KindImporter } from './kindImporter.js'
import { compileInput, readDates, schemaErrors } from './rowChecks.js'
import type { RowError } from './rowResult.js'

export interface ClientRowInput {
  sourceId: string
  fields: ClientFields
  /** Only the fields the row gives: an update never clears what the file leaves blank. */
  given: Partial<ClientFields>
  status: StatusImport | null
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
export const clientImporter: KindImporter<ClientRowInput> = {
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

  async applyBatch(tx, env, inputs) {
    // The BSN's keyed hash once per row; it is sealed only where it is written.
    const hashes = inputs.map((input) => (input.fields.bsn === null ? null : env.secretBox.lookupHash(input.fields.bsn)))
    const events = new ClientEventLog()
    const clients = await ImportedClients.load(
      tx,
      env.secretBox,
      env.sourceSystem,
      inputs.map((input, i) => ({ sourceId: input.sourceId, clientNumber: input.fields.clientNumber, bsnHash: hashes[i]! })),
      events,
    )
    const statuses = inputs.flatMap((input) => (input.status === null ? [] : [input.status]))
    const statusBook = await StatusBook.load(tx, events, {
      clientIds: clients.knownIds(),
      statusCodes: statuses.map((status) => status.statusCode),
      source: { system: env.sourceSystem, ids: statuses.map((status) => status.sourceId) },
    })
    const verdicts = inputs.map((input, i) =>
      decideRow(env, statusAlias, [clients, statusBook, events], () => {
        const existing = clients.bySource(input.sourceId)
        let clientId: string
        let outcome: 'created' | 'changed' | 'unchanged'
        const changedFields: string[] = []
        if (existing === undefined) {
          clientId = clients.register(input.fields, hashes[i]!, input.sourceId).id
          statusBook.addNewClient(clientId)
          outcome = 'created'
        } else {
          clientId = existing.id
          changedFields.push(...clients.update(existing, input.given, hashes[i]!))
          outcome = changedFields.length > 0 ? 'changed' : 'unchanged'
        }
        if (input.status !== null) {
          const statusOutcome = applyImportedStatus(statusBook, env, clientId, input.status, { sourceId: 'statusSourceId', validTo: 'statusValidTo' })
          if (statusOutcome !== 'unchanged' && outcome !== 'created') {
            outcome = 'changed'
            changedFields.push(statusOutcome === 'created' ? 'status' : 'statusValidTo')
          }
        }
        return { outcome, clientId, changedFields }
      }),
    )
    await clients.write(tx, env.tenantId)
    await statusBook.write(tx, env.tenantId, env.actorId)
    await events.write(tx, env.tenantId, env.actorId)
    return verdicts
  },
}
