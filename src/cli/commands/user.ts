import crypto from 'node:crypto'
import { inTenant } from '../../server/db/database.js'
import type { Role } from '../../server/db/schema.js'
import { recordAudit } from '../../server/modules/audit/recordAudit.js'
import { hashPassword, minimumPasswordLength } from '../../server/modules/identity/passwords.js'
import { insertStaffUser } from '../../server/modules/users/staffUsers.js'
import { withRuntime } from './runtime.js'

export async function userCreateCommand(options: {
  organisation: string
  username: string
  name: string
  role: Role[]
  email?: string
}): Promise<void> {
  const given = process.env.KOERS_NEW_USER_PASSWORD
  if (given !== undefined && given.length < minimumPasswordLength) {
    throw new Error(`KOERS_NEW_USER_PASSWORD must be at least ${minimumPasswordLength} characters`)
  }
  const password = given ?? crypto.randomBytes(12).toString('base64url')
  await withRuntime(async (runtime) => {
    const tenant = await runtime.db.owner.query<{ id: string }>('SELECT id FROM tenants WHERE slug = $1', [options.organisation])
    const tenantId = tenant.rows[0]?.id
    if (!tenantId) throw new Error(`No organisation "${options.organisation}".`)
    const passwordHash = await hashPassword(password)
    await inTenant(runtime.db, { tenantId }, async (tx) => {
      const id = await insertStaffUser(tx, tenantId, {
        username: options.username,
        displayName: options.name,
        email: options.email ?? null,
        passwordHash,
        roles: options.role,
        teamIds: [],
      })
      await recordAudit(tx, tenantId, { traceId: crypto.randomBytes(16).toString('hex'), actorType: 'system', actorId: null }, {
        processingActivity: 'user-management',
        action: 'user.create',
        dataSubject: { type: 'staff-user', id },
        attributes: { roles: options.role, via: 'cli' },
      })
    })
  })
  console.log(`Created ${options.username.toLowerCase()} in ${options.organisation} with the roles ${options.role.join(', ')}.`)
  if (given === undefined) console.log(`First password (shown once): ${password}`)
  console.log('They set up their second factor (an authenticator app) at their first sign-in.')
}
