import crypto from 'node:crypto'
import { sql } from 'kysely'
import type { NewStatus } from '../../../common/api/clients.js'
import type { Tx } from '../../db/database.js'
import { notFound } from '../../http/problem.js'
import { jsonRecordset } from './jsonRecordset.js'
import { checkNewStatus, dayBefore, statusProblems } from './statuses.js'
import type { ClientEventLog } from './timelineInBulk.js'

/** A status period as the book holds it. */
export interface StatusPeriod {
  readonly id: string
  readonly clientId: string
  readonly statusCode: string
  readonly validFrom: string
  validTo: string | null
  readonly sourceSystem: string | null
  readonly sourceId: string | null
}

interface BookedPeriod extends StatusPeriod {
  /** As loaded from the database; undefined for a period started in this book. */
  loadedValidTo?: string | null
  added?: Omit<NewStatus, 'statusCode' | 'validFrom'>
}

const key = (clientId: string, statusCode: string) => `${clientId}\u0000${statusCode}`

/**
 * The status periods of a batch of clients, in memory: statuses are started and ended here under
 * the same rules as `startStatus` and `endStatus` (the same errors, the same timeline events),
 * one recording after the other, and `write` then stores the outcome with two statements. The
 * periods are loaded locked, as the domain locks the period it closes. Every rule that lets a
 * period through also keeps the periods of a client and status apart, so the database's exclusion
 * constraint agrees; should a period have been added meanwhile by someone else, the constraint
 * refuses the write.
 */
export class StatusBook {
  private readonly periods = new Map<string, BookedPeriod[]>()
  private readonly byId = new Map<string, BookedPeriod>()
  private readonly bySourceId = new Map<string, BookedPeriod>()
  private readonly covered = new Set<string>()
  private readonly newClients = new Set<string>()
  private readonly journal: (() => void)[] = []

  private constructor(
    private readonly types: Map<string, { active: boolean; regimes: string[] }>,
    private readonly sourceSystem: string | null,
    private readonly events: ClientEventLog,
  ) {}

  /**
   * Loads the periods of the given statuses of the given clients (all of them, to check
   * overlaps), and those of the source system with the given source ids (whoever's they are).
   */
  static async load(tx: Tx, events: ClientEventLog, scope: { clientIds: string[]; statusCodes: string[]; source?: { system: string; ids: string[] } }): Promise<StatusBook> {
    const types = await tx.selectFrom('status_types').select(['code', 'active', 'regimes']).execute()
    const book = new StatusBook(new Map(types.map((t) => [t.code, { active: t.active, regimes: t.regimes }])), scope.source?.system ?? null, events)
    const codes = [...new Set(scope.statusCodes)]
    const clientIds = [...new Set(scope.clientIds)]
    const sourceIds = [...new Set(scope.source?.ids ?? [])]
    for (const clientId of clientIds) for (const code of codes) book.covered.add(key(clientId, code))
    if ((clientIds.length === 0 || codes.length === 0) && sourceIds.length === 0) return book
    const rows = await sql<{ id: string; client_id: string; status_code: string; valid_from: string; valid_to: string | null; source_system: string | null; source_id: string | null }>`
      SELECT id, client_id, status_code, valid_from, valid_to, source_system, source_id FROM client_statuses
      WHERE (client_id = ANY(${clientIds}::uuid[]) AND status_code = ANY(${codes}::text[]))
         OR (source_system = ${scope.source?.system ?? null} AND source_id = ANY(${sourceIds}::text[]))
      FOR UPDATE`.execute(tx)
    for (const row of rows.rows) {
      book.remember({
        id: row.id,
        clientId: row.client_id,
        statusCode: row.status_code,
        validFrom: row.valid_from,
        validTo: row.valid_to,
        loadedValidTo: row.valid_to,
        sourceSystem: row.source_system,
        sourceId: row.source_id,
      })
    }
    return book
  }

  private remember(period: BookedPeriod): void {
    const list = this.periods.get(key(period.clientId, period.statusCode))
    if (list) list.push(period)
    else this.periods.set(key(period.clientId, period.statusCode), [period])
    this.byId.set(period.id, period)
    if (period.sourceId !== null && period.sourceSystem === this.sourceSystem) this.bySourceId.set(period.sourceId, period)
  }

  private forget(period: BookedPeriod): void {
    const list = this.periods.get(key(period.clientId, period.statusCode))!
    list.splice(list.indexOf(period), 1)
    this.byId.delete(period.id)
    if (period.sourceId !== null && this.bySourceId.get(period.sourceId) === period) this.bySourceId.delete(period.sourceId)
  }

  private setValidTo(period: BookedPeriod, validTo: string | null): void {
    const before = period.validTo
    period.validTo = validTo
    this.journal.push(() => {
      period.validTo = before
    })
  }

  /** A client registered in this batch: they have no periods yet. */
  addNewClient(clientId: string): void {
    this.newClients.add(clientId)
  }

  /** The period of the book's source system with this source id. */
  bySource(sourceId: string): StatusPeriod | undefined {
    return this.bySourceId.get(sourceId)
  }

  /** Where the book stands, to undo what a refused row did (`undo`). */
  mark(): number {
    return this.journal.length
  }

  undo(mark: number): void {
    while (this.journal.length > mark) this.journal.pop()!()
  }

  /** As `startStatus`: a status of the same type that still holds is closed the day before. Returns the new period's id. */
  start(clientId: string, input: NewStatus, source?: { system: string; id: string }): string {
    if (!this.covered.has(key(clientId, input.statusCode)) && !this.newClients.has(clientId)) throw new Error('status book: this client and status were not loaded')
    const type = this.types.get(input.statusCode)
    checkNewStatus(type, input)
    const periods = this.periods.get(key(clientId, input.statusCode)) ?? []
    const current = periods.find((p) => p.validTo === null)
    if (current && current.validFrom >= input.validFrom) {
      throw statusProblems.holdsSince(current.validFrom)
    }
    const later = periods.filter((p) => p !== current && p.validTo !== null && p.validTo >= input.validFrom).sort((a, b) => a.validFrom.localeCompare(b.validFrom))[0]
    if (later) throw statusProblems.overlapsFrom(later.validFrom)
    if (current) this.setValidTo(current, dayBefore(input.validFrom))
    const period: BookedPeriod = {
      id: crypto.randomUUID(),
      clientId,
      statusCode: input.statusCode,
      validFrom: input.validFrom,
      validTo: null,
      sourceSystem: source?.system ?? null,
      sourceId: source?.id ?? null,
      added: { plannedEnd: input.plannedEnd, regime: input.regime, organisation: input.organisation, note: input.note },
    }
    this.remember(period)
    this.journal.push(() => this.forget(period))
    this.events.add(clientId, 'status.started', { statusId: period.id, statusCode: input.statusCode, validFrom: input.validFrom, previousClosed: current !== undefined })
    return period.id
  }

  /** As `endStatus`: records the last day a status held. */
  end(clientId: string, statusId: string, validTo: string): void {
    const status = this.byId.get(statusId)
    if (!status || status.clientId !== clientId) throw notFound('No such status of this client.')
    if (status.validTo !== null) throw statusProblems.endedOn(status.validTo)
    if (validTo < status.validFrom) {
      throw statusProblems.endBeforeStart(status.validFrom)
    }
    this.setValidTo(status, validTo)
    this.events.add(clientId, 'status.ended', { statusId, statusCode: status.statusCode, validTo })
  }

  /**
   * Stores what the book recorded: the ends of loaded periods (they only ever shorten), then the
   * new periods as they stand at the end. The timeline events are in the event log.
   */
  async write(tx: Tx, tenantId: string, actorId: string | null): Promise<void> {
    const all = [...this.byId.values()]
    const ended = all.filter((p) => p.added === undefined && p.validTo !== p.loadedValidTo).map((p) => ({ id: p.id, valid_to: p.validTo }))
    const added = all
      .filter((p) => p.added !== undefined)
      .map((p) => ({
        id: p.id,
        client_id: p.clientId,
        status_code: p.statusCode,
        valid_from: p.validFrom,
        valid_to: p.validTo,
        planned_end: p.added!.plannedEnd ?? null,
        regime: p.added!.regime ?? null,
        organisation: p.added!.organisation ?? null,
        note: p.added!.note ?? null,
        source_system: p.sourceSystem,
        source_id: p.sourceId,
      }))
    if (ended.length > 0) {
      await sql`
        UPDATE client_statuses s SET valid_to = r.valid_to
        FROM ${jsonRecordset(ended, { id: 'uuid', valid_to: 'date' })}
        WHERE s.tenant_id = ${tenantId}::uuid AND s.id = r.id`.execute(tx)
    }
    if (added.length > 0) {
      await sql`
        INSERT INTO client_statuses (tenant_id, id, client_id, status_code, valid_from, valid_to, planned_end, regime, organisation, note, source_system, source_id, recorded_by)
        SELECT ${tenantId}::uuid, r.id, r.client_id, r.status_code, r.valid_from, r.valid_to, r.planned_end, r.regime, r.organisation, r.note, r.source_system, r.source_id, ${actorId}::uuid
        FROM ${jsonRecordset(added, {
          id: 'uuid',
          client_id: 'uuid',
          status_code: 'text',
          valid_from: 'date',
          valid_to: 'date',
          planned_end: 'date',
          regime: 'text',
          organisation: 'text',
          note: 'text',
          source_system: 'text',
          source_id: 'text',
        })}`.execute(tx)
    }
    this.journal.length = 0
  }
}
