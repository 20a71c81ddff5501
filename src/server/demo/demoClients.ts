import { sql } from 'kysely'
import type { AppContext } from '../appContext.js'
import { inTenant, type Tx } from '../db/database.js'
import { refreshCaseloadSummary } from '../modules/caseload/caseloadSummary.js'
import { demoClientIndex } from './demoIdentifiers.js'
import { clientTables, emptyClientRows, generateDemoClient, type ClientRows, type ClientTable, type DemoCaseloadStaff, type DemoClientSetting } from './demoClientHistory.js'

/**
 * Demo clients in bulk: generated in memory a batch at a time and written with multi-row
 * INSERTs (thousands of rows each), each batch in its own transaction of the tenant, so that
 * row-level security and every constraint apply as to any other write. Fast enough for the
 * demo's clients at first start and for a million in a benchmark's data set.
 */

/** The columns written per table, with their types (tenant_id is given once per statement). */
const columns: Record<ClientTable, [string, string][]> = {
  clients: [
    ['id', 'uuid'], ['client_number', 'text'], ['initials', 'text'], ['first_names', 'text'], ['tussenvoegsel', 'text'],
    ['surname', 'text'], ['date_of_birth', 'date'], ['bsn_sealed', 'text'], ['bsn_hash', 'text'], ['street', 'text'],
    ['house_number', 'text'], ['postcode', 'text'], ['city', 'text'], ['phone', 'text'], ['email', 'text'],
    ['preferred_language', 'text'], ['preferred_channel', 'text'], ['intake_date', 'date'], ['outflow_date', 'date'],
    ['outflow_reason', 'text'], ['search_name', 'text'], ['created_at', 'timestamptz'], ['updated_at', 'timestamptz'],
  ],
  client_assignments: [
    ['id', 'uuid'], ['client_id', 'uuid'], ['team_id', 'uuid'], ['coach_id', 'uuid'], ['valid_from', 'timestamptz'],
    ['valid_to', 'timestamptz'], ['recorded_by', 'uuid'], ['reason', 'text'],
  ],
  client_statuses: [
    ['id', 'uuid'], ['client_id', 'uuid'], ['status_code', 'text'], ['valid_from', 'date'], ['valid_to', 'date'],
    ['planned_end', 'date'], ['regime', 'text'], ['organisation', 'text'], ['note', 'text'], ['source_system', 'text'],
    ['source_id', 'text'], ['recorded_by', 'uuid'], ['recorded_at', 'timestamptz'],
  ],
  client_segment_scores: [
    ['id', 'uuid'], ['client_id', 'uuid'], ['scale_code', 'text'], ['value', 'int4'], ['assessed_on', 'date'],
    ['recorded_by', 'uuid'], ['recorded_at', 'timestamptz'],
  ],
  client_competence_scores: [
    ['id', 'uuid'], ['client_id', 'uuid'], ['competence_code', 'text'], ['score', 'int4'], ['assessed_on', 'date'],
    ['recorded_by', 'uuid'], ['recorded_at', 'timestamptz'],
  ],
  client_diagnoses: [
    ['id', 'uuid'], ['client_id', 'uuid'], ['assessed_on', 'date'], ['source', 'text'], ['skills', 'text[]'],
    ['living_situation', 'jsonb'], ['summary', 'text'], ['recorded_by', 'uuid'], ['recorded_at', 'timestamptz'],
  ],
  client_profile_values: [
    ['id', 'uuid'], ['client_id', 'uuid'], ['criterion_code', 'text'], ['value', 'jsonb'], ['valid_from', 'timestamptz'],
    ['valid_to', 'timestamptz'], ['source', 'text'], ['recorded_by', 'uuid'],
  ],
  client_interventions: [
    ['id', 'uuid'], ['client_id', 'uuid'], ['type_code', 'text'], ['status', 'text'], ['start_date', 'date'],
    ['end_date', 'date'], ['outcome', 'text'], ['outcome_note', 'text'], ['registered_by', 'uuid'], ['registered_at', 'timestamptz'],
  ],
  client_plans: [['client_id', 'uuid'], ['agreed_on', 'date'], ['review_on', 'date'], ['updated_by', 'uuid'], ['updated_at', 'timestamptz']],
  plan_goals: [
    ['id', 'uuid'], ['client_id', 'uuid'], ['description', 'text'], ['target_date', 'date'], ['status', 'text'],
    ['created_by', 'uuid'], ['created_at', 'timestamptz'], ['closed_at', 'timestamptz'],
  ],
  plan_steps: [
    ['id', 'uuid'], ['client_id', 'uuid'], ['goal_id', 'uuid'], ['description', 'text'], ['responsible', 'text'],
    ['due_date', 'date'], ['intervention_id', 'uuid'], ['status', 'text'], ['created_by', 'uuid'], ['created_at', 'timestamptz'],
    ['closed_at', 'timestamptz'],
  ],
  client_notes: [['id', 'uuid'], ['client_id', 'uuid'], ['body', 'text'], ['author_id', 'uuid'], ['created_at', 'timestamptz']],
  client_events: [['id', 'uuid'], ['client_id', 'uuid'], ['occurred_at', 'timestamptz'], ['kind', 'text'], ['actor_id', 'uuid'], ['data', 'jsonb']],
}

const quote = (text: string) => `"${text.replace(/["\\]/g, (c) => `\\${c}`)}"`

/** A PostgreSQL array literal of texts, for a text[] value inside an array parameter. */
const textArrayLiteral = (items: string[]) => `{${items.map(quote).join(',')}}`

/** One column of rows as a PostgreSQL array literal. */
function columnLiteral(rows: Record<string, unknown>[], name: string, type: string): string {
  const parts = new Array<string>(rows.length)
  const plain = type === 'uuid' || type === 'date' || type === 'timestamptz' || type === 'int4'
  for (let i = 0; i < rows.length; i++) {
    const value = rows[i]![name]
    if (value === null || value === undefined) parts[i] = 'NULL'
    else if (plain) parts[i] = String(value)
    else if (type === 'jsonb') parts[i] = quote(JSON.stringify(value))
    else if (type === 'text[]') parts[i] = quote(textArrayLiteral(value as string[]))
    else parts[i] = quote(String(value))
  }
  return `{${parts.join(',')}}`
}

/** Rows per statement: large enough to be cheap per row, small enough to travel in one piece. */
const rowsPerStatement = 2000

/**
 * Writes rows of one table with few statements: each column travels as one array literal and
 * unnest turns the arrays back into rows (far cheaper to parse than JSON or long VALUES lists).
 */
async function insertRows(tx: Tx, tenantId: string, table: ClientTable, rows: Record<string, unknown>[]): Promise<void> {
  const spec = columns[table]
  // A text[] per row cannot be an element of an array parameter (arrays nest as dimensions):
  // it travels as its literal and is cast per row.
  const arrayType = (type: string) => (type === 'text[]' ? 'text' : type)
  const output = spec.map(([name, type]) => (type === 'text[]' ? sql`u.${sql.ref(name)}::text[]` : sql`u.${sql.ref(name)}`))
  for (let from = 0; from < rows.length; from += rowsPerStatement) {
    const chunk = rows.slice(from, from + rowsPerStatement)
    const values = spec.map(([name, type]) => sql`${columnLiteral(chunk, name, type)}::${sql.raw(arrayType(type))}[]`)
    await sql`INSERT INTO ${sql.table(table)} (tenant_id, ${sql.join(spec.map(([name]) => sql.ref(name)))})
      SELECT ${tenantId}::uuid, ${sql.join(output)}
      FROM unnest(${sql.join(values)}) AS u(${sql.join(spec.map(([name]) => sql.ref(name)))})`.execute(tx)
  }
}

export const rowCount = (rows: ClientRows) => clientTables.reduce((sum, table) => sum + rows[table].length, 0)

/** Writes a batch of generated clients (all tables) in the caller's tenant transaction. */
export async function writeClientRows(tx: Tx, tenantId: string, rows: ClientRows): Promise<void> {
  for (const table of clientTables) await insertRows(tx, tenantId, table, rows[table])
}

/** Planner statistics of the client tables, as the owner (analysing needs ownership). */
export async function analyseClientTables(ctx: AppContext): Promise<void> {
  await ctx.db.owner.query(`ANALYZE ${clientTables.join(', ')}`)
}

/**
 * The coaches who take demo clients, in a fixed order: active coaches with a second factor and
 * a team (a colleague who has yet to enrol starts with an empty caseload), and each team's lead.
 */
export async function loadCaseloadStaff(tx: Tx): Promise<DemoCaseloadStaff> {
  const teams = await tx.selectFrom('teams').select(['id', 'name']).orderBy('name').execute()
  const members = await tx
    .selectFrom('team_members as m')
    .innerJoin('users as u', (j) => j.onRef('u.tenant_id', '=', 'm.tenant_id').onRef('u.id', '=', 'm.user_id'))
    .select((eb) => [
      'm.team_id',
      'm.user_id',
      'm.is_lead',
      'u.username',
      eb.and([eb('u.active', '=', true), eb('u.totp_secret', 'is not', null)]).as('available'),
      eb
        .exists(eb.selectFrom('user_roles as r').whereRef('r.user_id', '=', 'u.id').where('r.role', '=', 'coach'))
        .as('is_coach'),
    ])
    .orderBy('u.username')
    .execute()
  const staff: DemoCaseloadStaff = { teams: [], coaches: [] }
  const teamIndex = new Map<string, number>()
  for (const team of teams) {
    teamIndex.set(team.id, staff.teams.length)
    const lead = members.find((m) => m.team_id === team.id && m.is_lead && m.is_coach) ?? members.find((m) => m.team_id === team.id && m.is_lead)
    staff.teams.push({ id: team.id, leadId: lead?.user_id ?? null, coachIds: [] })
  }
  const seen = new Set<string>()
  for (const member of members) {
    if (!member.is_coach || !member.available || seen.has(member.user_id)) continue
    seen.add(member.user_id)
    const team = teamIndex.get(member.team_id)!
    staff.teams[team]!.coachIds.push(member.user_id)
    staff.coaches.push({ id: member.user_id, team })
  }
  return staff
}

export interface DemoClientProgress {
  clients: number
  total: number
  rows: number
}

export interface DemoClientOptions {
  seed: number
  /** How many clients the organisation has in the end. */
  count: number
  /** Continue an interrupted run: clients that exist already (by client number) are skipped. */
  resume?: boolean
  now?: Date
  batchSize?: number
  /** Batches written at the same time (PostgreSQL: 2; the embedded database does one at a time). */
  concurrency?: number
  onProgress?: (progress: DemoClientProgress) => void
}

/** The places in the generated list of the demo clients an organisation has already. */
async function existingIndexes(ctx: AppContext, tenantId: string): Promise<Set<number>> {
  const rows = await inTenant(ctx.db, { tenantId }, (tx) => tx.selectFrom('clients').select('client_number').execute())
  const indexes = new Set<number>()
  for (const row of rows) {
    const index = demoClientIndex(row.client_number)
    if (index !== null) indexes.add(index)
  }
  return indexes
}

/**
 * Creates the demo clients 0 … `count - 1` of a tenant whose staff exist already. Each batch is
 * one transaction; the next batch is generated while the database writes the previous ones.
 */
export async function seedDemoClients(ctx: AppContext, tenantId: string, options: DemoClientOptions): Promise<{ clients: number; rows: number }> {
  const existing = options.resume ? await existingIndexes(ctx, tenantId) : new Set<number>()
  const todo: number[] = []
  for (let index = 0; index < options.count; index++) if (!existing.has(index)) todo.push(index)
  if (todo.length === 0) return { clients: 0, rows: 0 }
  const now = options.now ?? new Date()
  const staff = await inTenant(ctx.db, { tenantId }, loadCaseloadStaff)
  if (staff.coaches.length === 0) throw new Error('The organisation has no coach with a team to guide the clients.')
  const setting: DemoClientSetting = {
    seed: options.seed,
    nowMs: now.getTime(),
    // The date in UTC, which is never after the date in Europe/Amsterdam: nothing is dated in the future.
    today: Math.floor(now.getTime() / 86_400_000),
    staff,
    secretBox: ctx.secretBox,
  }
  const batchSize = options.batchSize ?? 1000
  const concurrency = options.concurrency ?? (ctx.db.kind === 'postgresql' ? 2 : 1)
  let clientsWritten = 0
  let rowsWritten = 0
  const inFlight = new Set<Promise<void>>()
  let failure: unknown = null
  const write = async (rows: ClientRows, clients: number, first: boolean) => {
    await inTenant(ctx.db, { tenantId }, async (tx) => {
      await writeClientRows(tx, tenantId, rows)
      await refreshCaseloadSummary(tx, tenantId, rows.clients.map((client) => client.id as string))
    })
    // Fresh statistics after the first batch, so that the foreign-key checks of the next
    // batches use the indexes (the embedded database has no autovacuum to do this).
    if (first) await analyseClientTables(ctx)
    clientsWritten += clients
    rowsWritten += rowCount(rows)
    options.onProgress?.({ clients: existing.size + clientsWritten, total: options.count, rows: rowsWritten })
  }
  options.onProgress?.({ clients: existing.size, total: options.count, rows: 0 })
  for (let from = 0; from < todo.length && failure === null; from += batchSize) {
    const indexes = todo.slice(from, from + batchSize)
    const rows = emptyClientRows()
    for (const index of indexes) generateDemoClient(setting, index, rows)
    // The first batch goes alone, so that the statistics exist before the others start.
    while (inFlight.size >= (from === batchSize ? 1 : concurrency)) await Promise.race(inFlight)
    const job: Promise<void> = write(rows, indexes.length, from === 0)
      .catch((error: unknown) => {
        failure ??= error
      })
      .finally(() => inFlight.delete(job))
    inFlight.add(job)
  }
  await Promise.all(inFlight)
  if (failure !== null) throw failure
  await analyseClientTables(ctx)
  return { clients: clientsWritten, rows: rowsWritten }
}
