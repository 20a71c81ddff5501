import crypto from 'node:crypto'
import { sql } from 'kysely'
import type { Tx } from '../../db/database.js'
import { badRequest } from '../../http/problem.js'
import type { AssignmentTarget } from './assignment.js'
import { jsonRecordset } from './jsonRecordset.js'
import type { ClientEventLog } from './timelineInBulk.js'

interface CurrentAssignment {
  id: string
  teamId: string | null
  coachId: string | null
  /** Made in this book (not yet stored). */
  fresh: boolean
}

/**
 * Who guides the clients of an import batch, in memory: assignments are made here under the same
 * rules as `assignClient` (an active coach, a team of the organisation; the current assignment is
 * closed, never changed; the same errors and timeline events), one after the other; `write`
 * stores them with two statements, all at one moment. Current assignments are loaded locked, as
 * the domain locks the one it closes.
 */
export class AssignmentBook {
  private readonly closed: string[] = []
  private readonly opened = new Map<string, CurrentAssignment & { clientId: string; reason: string | null }>()
  private readonly journal: (() => void)[] = []
  private readonly now = new Date()

  private constructor(
    private readonly coaches: Map<string, boolean>,
    private readonly teams: Set<string>,
    private readonly current: Map<string, CurrentAssignment>,
    private readonly events: ClientEventLog,
  ) {}

  static async load(tx: Tx, events: ClientEventLog, scope: { clientIds: string[]; coachIds: string[]; teamIds: string[] }): Promise<AssignmentBook> {
    const coachIds = [...new Set(scope.coachIds)]
    const teamIds = [...new Set(scope.teamIds)]
    const clientIds = [...new Set(scope.clientIds)]
    const coaches = coachIds.length === 0 ? [] : await tx.selectFrom('users').select(['id', 'active']).where('id', 'in', coachIds).execute()
    const teams = teamIds.length === 0 ? [] : await tx.selectFrom('teams').select('id').where('id', 'in', teamIds).execute()
    const current =
      clientIds.length === 0
        ? []
        : await tx
            .selectFrom('client_assignments')
            .select(['id', 'client_id', 'team_id', 'coach_id'])
            .where('client_id', '=', sql<string>`ANY(${clientIds}::uuid[])`)
            .where('valid_to', 'is', null)
            .forUpdate()
            .execute()
    return new AssignmentBook(
      new Map(coaches.map((c) => [c.id, c.active])),
      // A current assignment's team exists (its foreign key says so).
      new Set([...teams.map((t) => t.id), ...current.flatMap((a) => (a.team_id === null ? [] : [a.team_id]))]),
      new Map(current.map((a) => [a.client_id, { id: a.id, teamId: a.team_id, coachId: a.coach_id, fresh: false }])),
      events,
    )
  }

  /** The team and coach that guide a client now. */
  currentOf(clientId: string): { teamId: string | null; coachId: string | null } | null {
    const current = this.current.get(clientId)
    return current ? { teamId: current.teamId, coachId: current.coachId } : null
  }

  mark(): number {
    return this.journal.length
  }

  undo(mark: number): void {
    while (this.journal.length > mark) this.journal.pop()!()
  }

  /** As `assignClient`. */
  assign(clientId: string, target: AssignmentTarget): void {
    if (target.coachId !== null) {
      const active = this.coaches.get(target.coachId)
      if (active === undefined) throw badRequest('unknown-coach', 'There is no such coach.', [{ field: 'coachId', message: 'is not a user of this organisation' }])
      if (!active) throw badRequest('inactive-coach', 'This coach is no longer active.', [{ field: 'coachId', message: 'is not active' }])
    }
    if (target.teamId !== null && !this.teams.has(target.teamId)) {
      throw badRequest('unknown-team', 'There is no such team.', [{ field: 'teamId', message: 'is not a team of this organisation' }])
    }
    const current = this.current.get(clientId)
    if (current && current.teamId === target.teamId && current.coachId === target.coachId) return
    if (current) {
      // An assignment made in this same batch is replaced rather than closed at the moment it began.
      if (current.fresh) this.opened.delete(current.id)
      else this.closed.push(current.id)
    }
    const next = target.teamId !== null || target.coachId !== null ? { id: crypto.randomUUID(), teamId: target.teamId, coachId: target.coachId, fresh: true } : null
    if (next) this.opened.set(next.id, { ...next, clientId, reason: target.reason ?? null })
    if (next) this.current.set(clientId, next)
    else this.current.delete(clientId)
    this.journal.push(() => {
      if (next) this.opened.delete(next.id)
      if (current) {
        this.current.set(clientId, current)
        if (current.fresh) this.opened.set(current.id, { ...current, clientId, reason: target.reason ?? null })
        else this.closed.pop()
      } else this.current.delete(clientId)
    })
    this.events.add(clientId, 'assignment.changed', { teamId: target.teamId, coachId: target.coachId, previousCoachId: current?.coachId ?? null, reason: target.reason ?? null })
  }

  /** Closes the replaced assignments and stores the new ones. The timeline events are in the event log. */
  async write(tx: Tx, tenantId: string, actorId: string | null): Promise<void> {
    if (this.closed.length > 0) {
      await sql`UPDATE client_assignments SET valid_to = ${this.now} WHERE tenant_id = ${tenantId}::uuid AND id = ANY(${this.closed}::uuid[])`.execute(tx)
    }
    if (this.opened.size > 0) {
      const rows = [...this.opened.values()].map((a) => ({ id: a.id, client_id: a.clientId, team_id: a.teamId, coach_id: a.coachId, reason: a.reason }))
      await sql`
        INSERT INTO client_assignments (tenant_id, id, client_id, team_id, coach_id, valid_from, recorded_by, reason)
        SELECT ${tenantId}::uuid, r.id, r.client_id, r.team_id, r.coach_id, ${this.now}, ${actorId}::uuid, r.reason
        FROM ${jsonRecordset(rows, { id: 'uuid', client_id: 'uuid', team_id: 'uuid', coach_id: 'uuid', reason: 'text' })}`.execute(tx)
    }
    this.closed.length = 0
    this.opened.clear()
    this.journal.length = 0
  }
}
