import { Type, type Static } from '@sinclair/typebox'
import { AttendanceStatus } from '../../../common/api/attendance.js'
import { ClientEventLog } from '../clients/timelineInBulk.js'
import { AttendanceBook } from './attendanceBook.js'
import { clientsBySource, decideRow, firstPerField, required, unknownClient, type KindImporter } from './kindImporter.js'
import { compileInput, readDates, schemaErrors } from './rowChecks.js'
import { RowRejection, type RowError } from './rowResult.js'

export interface AttendanceRowInput {
  clientSourceId: string | null
  clientNumber: string | null
  day: string
  status: Static<typeof AttendanceStatus>
  /** Where the client was expected; without it, the schedule of that day. */
  location: string | null
  /** Undefined when the file has no note for the row: a note is then not compared. */
  note: string | undefined
}

/** The register's own limits (RegisterEntry), for one row of a file. */
const AttendanceRow = Type.Object(
  {
    status: AttendanceStatus,
    location: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    note: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false },
)
const validateRow = compileInput<Static<typeof AttendanceRow>>(AttendanceRow)
const rowAlias = { status: 'attendanceStatus' }

/**
 * The attendance register from another system (a time clock, a work-learning centre's own list):
 * per client (by their source id or client number) and scheduled day, present, sick, leave, or
 * absent with or without notice. Recorded as the register records it, with source import: a
 * correction supersedes the entry before it, which stays in the history; the same file again
 * changes nothing. A day outside the client's schedule is rejected with the reason.
 */
export const attendanceImporter: KindImporter<AttendanceRowInput> = {
  kind: 'attendance',
  alias: rowAlias,

  prepare(row, { columns }) {
    const v = row.values
    const errors: RowError[] = [...row.errors, ...required(v, ['day', 'attendanceStatus'], columns)]
    if (v.clientSourceId === undefined && v.clientNumber === undefined) {
      const field = columns.has('clientSourceId') || !columns.has('clientNumber') ? 'clientSourceId' : 'clientNumber'
      errors.push({ field, column: columns.get(field) ?? null, message: 'is required' })
    }
    const { dates, errors: dateErrors } = readDates(v, ['day'] as const, columns)
    errors.push(...dateErrors)
    const input: Record<string, string> = {}
    if (v.attendanceStatus !== undefined) input.status = v.attendanceStatus
    if (v.location !== undefined) input.location = v.location
    if (v.note !== undefined) input.note = v.note
    errors.push(...schemaErrors(validateRow, AttendanceRow, input, rowAlias, columns))
    const client = v.clientSourceId !== undefined ? `source ${v.clientSourceId}` : v.clientNumber !== undefined ? `number ${v.clientNumber}` : null
    const uniqueKeys: [string, string][] = client !== null && dates.day !== undefined ? [['day', `${client} ${dates.day}`]] : []
    const sourceId = v.clientSourceId ?? v.clientNumber ?? null
    const checked = firstPerField(errors)
    if (checked.length > 0) return { number: row.number, sourceId, input: null, errors: checked, uniqueKeys }
    return {
      number: row.number,
      sourceId,
      input: {
        clientSourceId: v.clientSourceId ?? null,
        clientNumber: v.clientNumber ?? null,
        day: dates.day!,
        status: input.status as AttendanceRowInput['status'],
        location: input.location ?? null,
        note: input.note,
      },
      errors: [],
      uniqueKeys,
    }
  },

  async applyBatch(tx, env, inputs) {
    const column = (field: string) => env.columns.get(field) ?? null
    const bySource = await clientsBySource(tx, env.sourceSystem, inputs.flatMap((input) => (input.clientSourceId === null ? [] : [input.clientSourceId])))
    const numbers = [...new Set(inputs.flatMap((input) => (input.clientNumber === null ? [] : [input.clientNumber])))]
    const byNumber = new Map(
      (numbers.length === 0 ? [] : await tx.selectFrom('clients').select(['id', 'client_number']).where('client_number', 'in', numbers).execute()).map((c) => [c.client_number, c.id]),
    )
    const events = new ClientEventLog()
    const book = await AttendanceBook.load(tx, events, { clientIds: [...bySource.values(), ...byNumber.values()], days: inputs.map((input) => input.day) })
    const verdicts = inputs.map((input) =>
      decideRow(env, rowAlias, [book, events], () => {
        const fromSource = input.clientSourceId === null ? undefined : bySource.get(input.clientSourceId)
        if (input.clientSourceId !== null && fromSource === undefined) throw new RowRejection([unknownClient(env)])
        const fromNumber = input.clientNumber === null ? undefined : byNumber.get(input.clientNumber)
        if (input.clientNumber !== null && fromNumber === undefined) {
          throw new RowRejection([{ field: 'clientNumber', column: column('clientNumber'), message: 'is not a client number of this organisation' }])
        }
        if (fromSource !== undefined && fromNumber !== undefined && fromSource !== fromNumber) {
          throw new RowRejection([{ field: 'clientNumber', column: column('clientNumber'), message: "is not the number of the client with this row's source id" }])
        }
        const clientId = (fromSource ?? fromNumber)!
        const current = book.currentOf(clientId, input.day)
        const changedFields: string[] = []
        if (current === null || current.status !== input.status) changedFields.push('attendanceStatus')
        if (current !== null && input.note !== undefined && input.note !== current.note) changedFields.push('note')
        if (current !== null && input.location !== null && input.location.trim().toLowerCase() !== current.location.trim().toLowerCase()) changedFields.push('location')
        if (current !== null && changedFields.length === 0) return { outcome: 'unchanged', clientId, changedFields }
        book.record(clientId, input.day, { status: input.status, note: input.note ?? null }, input.location)
        return current === null ? { outcome: 'created', clientId, changedFields: [] } : { outcome: 'changed', clientId, changedFields }
      }),
    )
    await book.write(tx, env.tenantId, env.actorId)
    await events.write(tx, env.tenantId, env.actorId)
    return verdicts
  },
}
