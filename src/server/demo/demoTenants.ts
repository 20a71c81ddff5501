import crypto from 'node:crypto'
import { Secret } from 'otpauth'
import type { AppContext } from '../appContext.js'
import { inTenant } from '../db/database.js'
import type { Role } from '../db/schema.js'
import { seedClientSettings } from '../modules/clientSettings/defaults.js'
import { hashPassword } from '../modules/identity/passwords.js'
import { seedDemoChats } from './demoChats.js'
import { seedDemoClients, type DemoClientProgress } from './demoClients.js'
import { dutchName, fullName, usernameOf } from './dutchNames.js'
import { seededRandom } from './random.js'

/** The one password of every demo user. Demo tenants are for trying Koers, never for real data. */
export const demoPassword = 'Koers-demo-2026'

export interface DemoTenantSpec {
  slug: string
  name: string
  primaryColor: string
  accentColor: string
  seed: number
  /** Coaches in total, spread over teams of about eight. */
  coaches: number
  /** Clients with years of history, spread over the coaches (none when not given). */
  clients?: number
}

export const defaultDemoTenants: DemoTenantSpec[] = [
  { slug: 'werkplein-demo', name: 'Werkplein Demo', primaryColor: '#154273', accentColor: '#e17000', seed: 2026, coaches: 6, clients: 2500 },
  { slug: 'werkbedrijf-oost-demo', name: 'Werkbedrijf Oost Demo', primaryColor: '#0b6e4f', accentColor: '#8a1c7c', seed: 4711, coaches: 3, clients: 300 },
]

export interface DemoCredential {
  organisation: string
  username: string
  displayName: string
  roles: Role[]
  password: string
  /** null for the user who has yet to enrol a second factor. */
  totpSecret: string | null
}

/** The TOTP secret of a demo user follows from the tenant's seed and the user name. */
export function demoTotpSecret(seed: number, username: string): string {
  const bytes = crypto.createHash('sha256').update(`koers-demo:${seed}:${username}`).digest().subarray(0, 20)
  return new Secret({ buffer: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) }).base32
}

interface PlannedUser {
  username: string
  displayName: string
  roles: Role[]
  team: number | null
  lead: boolean
  enrolled: boolean
}

/** Who works at a demo organisation: coaches in teams with a lead, and one of every other role. */
export function planDemoStaff(spec: DemoTenantSpec): { teams: string[]; users: PlannedUser[] } {
  const random = seededRandom(spec.seed)
  const teamCount = Math.max(1, Math.ceil(spec.coaches / 8))
  const teams = Array.from({ length: teamCount }, (_, i) => (teamCount === 1 ? 'Team Werk' : `Team Werk ${i + 1}`))
  const users: PlannedUser[] = []
  const used = new Set<string>()
  const person = (roles: Role[], team: number | null, lead = false, enrolled = true) => {
    let name = dutchName(random)
    while (used.has(usernameOf(name))) name = dutchName(random)
    used.add(usernameOf(name))
    users.push({ username: usernameOf(name), displayName: fullName(name), roles, team, lead, enrolled })
  }
  for (let i = 0; i < spec.coaches; i++) person(['coach'], i % teamCount, i < teamCount)
  person(['manager'], 0, true)
  person(['editor'], null)
  person(['account_manager'], null)
  person(['admin'], null)
  // One new colleague who has not set up a second factor yet, to show the enrolment.
  person(['coach'], 0, false, false)
  return { teams, users }
}

export async function createDemoTenant(
  ctx: AppContext,
  spec: DemoTenantSpec,
  options: { onClientProgress?: (progress: DemoClientProgress) => void } = {},
): Promise<DemoCredential[]> {
  const plan = planDemoStaff(spec)
  const passwordHash = await hashPassword(demoPassword)
  const tenant = await ctx.db.owner.query<{ id: string }>(
    `INSERT INTO tenants (slug, name, is_demo, primary_color, accent_color) VALUES ($1, $2, true, $3, $4) RETURNING id`,
    [spec.slug, spec.name, spec.primaryColor, spec.accentColor],
  )
  const tenantId = tenant.rows[0]!.id
  await inTenant(ctx.db, { tenantId }, async (tx) => {
    await seedClientSettings(tx, tenantId)
    const teams = await tx
      .insertInto('teams')
      .values(plan.teams.map((name) => ({ tenant_id: tenantId, name })))
      .returning(['id', 'name'])
      .execute()
    const teamIds = plan.teams.map((name) => teams.find((team) => team.name === name)!.id)
    // In chunks of multi-row inserts: a large organisation has thousands of staff.
    for (let from = 0; from < plan.users.length; from += 1000) {
      const chunk = plan.users.slice(from, from + 1000)
      const users = await tx
        .insertInto('users')
        .values(
          chunk.map((user) => ({
            tenant_id: tenantId,
            username: user.username,
            display_name: user.displayName,
            password_hash: passwordHash,
            totp_secret: user.enrolled ? ctx.secretBox.seal(demoTotpSecret(spec.seed, user.username)) : null,
          })),
        )
        .returning(['id', 'username'])
        .execute()
      const idOf = new Map(users.map((user) => [user.username, user.id]))
      await tx
        .insertInto('user_roles')
        .values(chunk.flatMap((user) => user.roles.map((role) => ({ tenant_id: tenantId, user_id: idOf.get(user.username)!, role }))))
        .execute()
      const members = chunk.filter((user) => user.team !== null)
      if (members.length > 0) {
        await tx
          .insertInto('team_members')
          .values(members.map((user) => ({ tenant_id: tenantId, team_id: teamIds[user.team!]!, user_id: idOf.get(user.username)!, is_lead: user.lead })))
          .execute()
      }
    }
  })
  const clients = spec.clients ?? 0
  if (clients > 0) await seedDemoClients(ctx, tenantId, { seed: spec.seed, count: clients, onProgress: options.onClientProgress })
  return demoCredentials(spec)
}

export function demoCredentials(spec: DemoTenantSpec): DemoCredential[] {
  return planDemoStaff(spec).users.map((user) => ({
    organisation: spec.slug,
    username: user.username,
    displayName: user.displayName,
    roles: user.roles,
    password: demoPassword,
    totpSecret: user.enrolled ? demoTotpSecret(spec.seed, user.username) : null,
  }))
}

/** On the first start of an empty installation, the demo organisations appear. */
export async function seedDefaultDemoTenants(ctx: AppContext): Promise<boolean> {
  const tenants = await ctx.db.owner.query<{ id: string; slug: string; is_demo: boolean; users: number; clients: number }>(
    `SELECT t.id, t.slug, t.is_demo,
            (SELECT count(*)::int FROM users u WHERE u.tenant_id = t.id) AS users,
            (SELECT count(*)::int FROM clients c WHERE c.tenant_id = t.id) AS clients
       FROM tenants t`,
  )
  // An installation with organisations of its own gets no demo.
  if (tenants.rows.some((t) => !t.is_demo)) return false
  let created = false
  for (const spec of defaultDemoTenants) {
    const existing = tenants.rows.find((t) => t.slug === spec.slug)
    // A first start that was interrupted may have left an organisation without staff (made
    // again) or with part of its clients (completed), so the demo is always whole.
    if (existing && existing.users === 0) await ctx.db.owner.query('DELETE FROM tenants WHERE id = $1', [existing.id])
    if (!existing || existing.users === 0) {
      await createDemoTenant(ctx, spec)
      const tenantId = (await ctx.db.owner.query<{ id: string }>('SELECT id FROM tenants WHERE slug = $1', [spec.slug])).rows[0]!.id
      await seedDemoChats(ctx, tenantId, spec.seed)
      created = true
    } else if (existing.clients < (spec.clients ?? 0)) {
      await seedDemoClients(ctx, existing.id, { seed: spec.seed, count: spec.clients ?? 0, resume: true })
      created = true
    }
  }
  return created
}

/** The demo organisations that exist, with their users' credentials, for printing at start. */
export async function existingDemoCredentials(ctx: AppContext): Promise<DemoCredential[]> {
  const rows = await ctx.db.owner.query<{ slug: string }>('SELECT slug FROM tenants WHERE is_demo ORDER BY name')
  return rows.rows.flatMap((row) => {
    const spec = defaultDemoTenants.find((candidate) => candidate.slug === row.slug)
    return spec ? demoCredentials(spec) : []
  })
}

export function formatCredentials(credentials: DemoCredential[]): string {
  const lines = ['Demo users (demo organisations only; password for all: ' + demoPassword + '):']
  for (const c of credentials) {
    lines.push(
      `  ${c.organisation.padEnd(22)} ${c.username.padEnd(26)} ${c.roles.join(',').padEnd(16)} ${c.totpSecret ?? '(enrols a second factor at first sign-in)'}`,
    )
  }
  lines.push('  Current code for a demo user: npx koers demo-code <organisation> <username>')
  return lines.join('\n')
}
