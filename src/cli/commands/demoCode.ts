import { defaultDemoTenants, demoCredentials } from '../../server/demo/demoTenants.js'
import { currentTotp } from '../../server/modules/identity/totp.js'
import { withRuntime } from './runtime.js'

export async function demoCodeCommand(organisation: string, username: string): Promise<void> {
  const spec = defaultDemoTenants.find((candidate) => candidate.slug === organisation)
  if (!spec) throw new Error(`${organisation} is not a built-in demo organisation.`)
  await withRuntime(async (runtime) => {
    const row = await runtime.db.owner.query<{ is_demo: boolean }>('SELECT is_demo FROM tenants WHERE slug = $1', [organisation])
    if (row.rows[0]?.is_demo !== true) throw new Error(`${organisation} is not a demo organisation here.`)
  })
  const credential = demoCredentials(spec).find((candidate) => candidate.username === username)
  if (!credential?.totpSecret) throw new Error(`${username} is not an enrolled demo user of ${organisation}.`)
  console.log(currentTotp(credential.totpSecret))
}
