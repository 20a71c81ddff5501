import { createDemoTenant, defaultDemoTenants, formatCredentials, seedDefaultDemoTenants, demoCredentials } from '../../server/demo/demoTenants.js'
import { withRuntime } from './runtime.js'

export async function seedCommand(options: { organisation?: string; name?: string; coaches: number; seed: number }): Promise<void> {
  if (!Number.isInteger(options.coaches) || options.coaches < 1 || options.coaches > 10_000) {
    throw new Error('--coaches must be a whole number from 1 to 10000')
  }
  await withRuntime(async (runtime) => {
    if (options.organisation === undefined) {
      const created = await seedDefaultDemoTenants(runtime)
      if (!created) console.log('There are organisations already; give --organisation to add a demo organisation.')
      else console.log(formatCredentials(defaultDemoTenants.flatMap(demoCredentials)))
      return
    }
    const credentials = await createDemoTenant(runtime, {
      slug: options.organisation,
      name: options.name ?? options.organisation,
      primaryColor: '#154273',
      accentColor: '#e17000',
      seed: options.seed,
      coaches: options.coaches,
    })
    console.log(`Created the demo organisation ${options.organisation} with ${credentials.length} staff users.`)
    console.log(formatCredentials(credentials))
  })
}
