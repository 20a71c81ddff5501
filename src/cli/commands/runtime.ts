import { loadConfig } from '../../server/config.js'
import { openRuntime, type Runtime } from '../../server/runtime.js'

/** Opens the database as the server would, runs `work`, and closes it again whatever happens. */
export async function withRuntime<T>(work: (runtime: Runtime) => Promise<T>, options: { migrate?: boolean } = {}): Promise<T> {
  const runtime = await openRuntime(loadConfig(), options)
  try {
    return await work(runtime)
  } finally {
    await runtime.close()
  }
}
