import { inTenant } from '../../server/db/database.js'
import { seedClientSettings } from '../../server/modules/clientSettings/defaults.js'
import { withRuntime } from './runtime.js'

export async function tenantCreateCommand(options: { organisation: string; name: string }): Promise<void> {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(options.organisation)) {
    throw new Error('--organisation must be lower-case letters and digits, with single dashes between them')
  }
  await withRuntime(async (runtime) => {
    const row = await runtime.db.owner.query<{ id: string }>('INSERT INTO tenants (slug, name) VALUES ($1, $2) RETURNING id', [options.organisation, options.name])
    const tenantId = row.rows[0]!.id
    await inTenant(runtime.db, { tenantId }, (tx) => seedClientSettings(tx, tenantId))
    console.log(`Created ${options.name} (${options.organisation}). Next: npx koers user create --organisation ${options.organisation} --role admin …`)
  })
}
