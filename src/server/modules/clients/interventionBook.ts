import crypto from 'node:crypto'
import { sql } from 'kysely'
import type { NewIntervention } from '../../../common/api/clients.js'
import type { Tx } from '../../db/database.js'
import { notFound } from '../../http/problem.js'
import { jsonRecordset } from './jsonRecordset.js'
import type { ClientEventLog } from './timelineInBulk.js'
import { checkInterventionDates, unknownInterventionType } from './interventions.js'

type Outcome = NonNullable<NewIntervention['outcome']>
type Status = NewIntervention['status']

/** An intervention as the book holds it. */
export interface BookedIntervention {
  readonly id: string
  readonly clientId: string
  readonly typeCode: string
  readonly startDate: string
  status: Status
  endDate: string | null
  outcome: Outcome | null
  outcomeNote: string | null
  readonly sourceId: string | null
}

export interface InterventionChange {
  status?: Status
  endDate?: string | null
  outcome?: Outcome | null
  outcomeNote?: string | null
}

/**
 * The interventions of an import batch, in memory: registered and changed here under the same
 * rules as `registerIntervention` and `changeIntervention` (the same errors and timeline events),
 * one after the other; `write` stores them with two statements. Known interventions are loaded
 * locked, as the domain locks the one it changes.
 */
export class InterventionBook {
  private readonly added: BookedIntervention[] = []
  private readonly changed = new Set<BookedIntervention>()
  private readonly journal: (() => void)[] = []

  private constructor(
    private readonly types: Map<string, boolean>,
    private readonly sourceSystem: string,
    private readonly known: Map<string, BookedIntervention>,
    private readonly events: ClientEventLog,
  ) {}

  /** The intervention catalogue, and the interventions of the source system with these source ids. */
  static async load(tx: Tx, events: ClientEventLog, source: { system: string; ids: string[] }): Promise<InterventionBook> {
    const types = await tx.selectFrom('intervention_types').select(['code', 'active']).execute()
    const ids = [...new Set(source.ids)]
    const rows =
      ids.length === 0
        ? []
        : await tx.selectFrom('client_interventions').selectAll().where('source_system', '=', source.system).where('source_id', '=', sql<string>`ANY(${ids}::text[])`).forUpdate().execute()
    const known = rows.map(
      (row): BookedIntervention => ({
        id: row.id,
        clientId: row.client_id,
        typeCode: row.type_code,
        startDate: row.start_date,
        status: row.status,
        endDate: row.end_date,
        outcome: row.outcome,
        outcomeNote: row.outcome_note,
        sourceId: row.source_id,
      }),
    )
    return new InterventionBook(new Map(types.map((t) => [t.code, t.active])), source.system, new Map(known.map((i) => [i.sourceId!, i])), events)
  }

  bySource(sourceId: string): BookedIntervention | undefined {
    return this.known.get(sourceId)
  }

  mark(): number {
    return this.journal.length
  }

  undo(mark: number): void {
    while (this.journal.length > mark) this.journal.pop()!()
  }

  /** As `registerIntervention`. Returns the new intervention's id. */
  register(clientId: string, input: NewIntervention, sourceId: string): string {
    if (this.types.get(input.typeCode) !== true) {
      throw unknownInterventionType(input.typeCode)
    }
    checkInterventionDates(input.status, input.startDate, input.endDate ?? null, input.outcome ?? null)
    const intervention: BookedIntervention = {
      id: crypto.randomUUID(),
      clientId,
      typeCode: input.typeCode,
      startDate: input.startDate,
      status: input.status,
      endDate: input.endDate ?? null,
      outcome: input.outcome ?? null,
      outcomeNote: input.outcomeNote ?? null,
      sourceId,
    }
    this.added.push(intervention)
    this.known.set(sourceId, intervention)
    this.journal.push(() => {
      this.added.pop()
      this.known.delete(sourceId)
    })
    this.events.add(clientId, 'intervention.registered', { interventionId: intervention.id, typeCode: input.typeCode, status: input.status, startDate: input.startDate })
    return intervention.id
  }

  /** As `changeIntervention`. */
  change(clientId: string, intervention: BookedIntervention, change: InterventionChange): void {
    if (intervention.clientId !== clientId) throw notFound('No such intervention of this client.')
    const next = {
      status: change.status ?? intervention.status,
      endDate: change.endDate === undefined ? intervention.endDate : change.endDate,
      outcome: change.outcome === undefined ? intervention.outcome : change.outcome,
      outcomeNote: change.outcomeNote === undefined ? intervention.outcomeNote : change.outcomeNote,
    }
    checkInterventionDates(next.status, intervention.startDate, next.endDate, next.outcome)
    const before = { status: intervention.status, endDate: intervention.endDate, outcome: intervention.outcome, outcomeNote: intervention.outcomeNote }
    const wasChanged = this.changed.has(intervention)
    Object.assign(intervention, next)
    this.changed.add(intervention)
    this.journal.push(() => {
      Object.assign(intervention, before)
      if (!wasChanged) this.changed.delete(intervention)
    })
    this.events.add(clientId, 'intervention.changed', {
      interventionId: intervention.id,
      typeCode: intervention.typeCode,
      from: { status: before.status, endDate: before.endDate, outcome: before.outcome },
      to: { status: next.status, endDate: next.endDate, outcome: next.outcome },
    })
  }

  /** Stores the changed interventions, then the registered ones. The timeline events are in the event log. */
  async write(tx: Tx, tenantId: string, actorId: string | null): Promise<void> {
    const changed = [...this.changed].filter((i) => !this.added.includes(i))
    if (changed.length > 0) {
      const rows = changed.map((i) => ({ id: i.id, status: i.status, end_date: i.endDate, outcome: i.outcome, outcome_note: i.outcomeNote }))
      await sql`
        UPDATE client_interventions i SET status = r.status, end_date = r.end_date, outcome = r.outcome, outcome_note = r.outcome_note
        FROM ${jsonRecordset(rows, { id: 'uuid', status: 'text', end_date: 'date', outcome: 'text', outcome_note: 'text' })}
        WHERE i.tenant_id = ${tenantId}::uuid AND i.id = r.id`.execute(tx)
    }
    if (this.added.length > 0) {
      const rows = this.added.map((i) => ({
        id: i.id,
        client_id: i.clientId,
        type_code: i.typeCode,
        status: i.status,
        start_date: i.startDate,
        end_date: i.endDate,
        outcome: i.outcome,
        outcome_note: i.outcomeNote,
        source_id: i.sourceId,
      }))
      await sql`
        INSERT INTO client_interventions (tenant_id, id, client_id, type_code, status, start_date, end_date, outcome, outcome_note, source_system, source_id, registered_by)
        SELECT ${tenantId}::uuid, r.id, r.client_id, r.type_code, r.status, r.start_date, r.end_date, r.outcome, r.outcome_note, ${this.sourceSystem}, r.source_id, ${actorId}::uuid
        FROM ${jsonRecordset(rows, {
          id: 'uuid',
          client_id: 'uuid',
          type_code: 'text',
          status: 'text',
          start_date: 'date',
          end_date: 'date',
          outcome: 'text',
          outcome_note: 'text',
          source_id: 'text',
        })}`.execute(tx)
    }
    this.added.length = 0
    this.changed.clear()
    this.journal.length = 0
  }
}
