import { withRuntime } from './runtime.js'

export async function tenantCreateCommand(options: { organisation: string; name: string }): Promise<void> {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(options.organisation)) {
    throw new Error('--organisation must be lower-case letters and digits, with single dashes between them')
  }
  await withRuntime(async (runtime) => {
    await runtime.db.owner.query('INSERT INTO tenants (slug, name) VALUES ($1, $2)', [options.organisation, options.name])
    console.log(`Created ${options.name} (${options.organisation}). Next: npx koers user create --organisation ${options.organisation} --role admin …`)
  })
}
