import { analyseClientTables, seedDemoClients } from '../../server/demo/demoClients.js'
import { createDemoTenant, defaultDemoTenants, demoCredentials, formatCredentials, seedDefaultDemoTenants, type DemoCredential } from '../../server/demo/demoTenants.js'
import { progressBar } from '../progressBar.js'
import { withRuntime } from './runtime.js'

export interface SeedOptions {
  organisation?: string
  name?: string
  coaches?: number
  clients: number
  seed: number
}

/** About 150 clients per coach, as caseloads are. */
export const coachesFor = (clients: number) => Math.min(10_000, Math.max(6, Math.ceil(clients / 150)))

/** Large organisations list a few of their users; the rest follow the same pattern. */
function summarise(credentials: DemoCredential[]): DemoCredential[] {
  if (credentials.length <= 20) return credentials
  const byRole = ['manager', 'editor', 'account_manager', 'admin'].flatMap((role) => credentials.filter((c) => c.roles.includes(role as never)).slice(0, 1))
  return [...credentials.filter((c) => c.roles.includes('coach') && c.totpSecret !== null).slice(0, 5), ...byRole]
}

export async function seedCommand(options: SeedOptions): Promise<void> {
  const coaches = options.coaches ?? coachesFor(options.clients)
  if (!Number.isInteger(coaches) || coaches < 1 || coaches > 10_000) throw new Error('--coaches must be a whole number from 1 to 10000')
  if (!Number.isInteger(options.clients) || options.clients < 0 || options.clients > 5_000_000) throw new Error('--clients must be a whole number from 0 to 5000000')
  if (!Number.isInteger(options.seed)) throw new Error('--seed must be a whole number')
  await withRuntime(async (runtime) => {
    if (options.organisation === undefined) {
      const created = await seedDefaultDemoTenants(runtime)
      if (!created) console.log('There are organisations already; give --organisation to add a demo organisation.')
      else console.log(formatCredentials(defaultDemoTenants.flatMap(demoCredentials)))
      return
    }
    const slug = options.organisation
    const bar = options.clients > 0 ? progressBar('clients', options.clients) : null
    const existing = await runtime.db.owner.query<{ id: string; is_demo: boolean }>('SELECT id, is_demo FROM tenants WHERE slug = $1', [slug])
    const tenant = existing.rows[0]
    if (tenant !== undefined) {
      // Running the same command again completes an interrupted run.
      if (!tenant.is_demo) throw new Error(`${slug} exists and is not a demo organisation.`)
      if (options.clients === 0) throw new Error(`${slug} exists already; give --clients to add clients to it.`)
      console.error(`${slug} exists; adding the clients it does not have yet.`)
      const result = await seedDemoClients(runtime, tenant.id, {
        seed: options.seed,
        count: options.clients,
        resume: true,
        onProgress: (p) => bar?.update(p.clients, p.rows),
      })
      bar?.finish()
      if (result.clients === 0) await analyseClientTables(runtime)
      console.log(`${slug} has ${options.clients} demo clients (${result.clients} added, ${result.rows} rows).`)
      return
    }
    if (options.clients > 0) console.error(`Creating ${slug} with ${coaches} coaches, then ${options.clients} clients…`)
    const credentials = await createDemoTenant(
      runtime,
      { slug, name: options.name ?? slug, primaryColor: '#154273', accentColor: '#e17000', seed: options.seed, coaches, clients: options.clients },
      { onClientProgress: (p) => bar?.update(p.clients, p.rows) },
    )
    bar?.finish()
    console.log(`Created the demo organisation ${slug} with ${credentials.length} staff users and ${options.clients} clients.`)
    const shown = summarise(credentials)
    console.log(formatCredentials(shown))
    if (shown.length < credentials.length) console.log(`  … and ${credentials.length - shown.length} more staff users.`)
  })
}
