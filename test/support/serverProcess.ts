import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { packageRoot } from '../../src/server/packageInfo.js'

export interface ServerProcess {
  child: ChildProcess
  port: number
  output(): string
  exited: Promise<number | null>
}

const tsx = path.join(packageRoot, 'node_modules', 'tsx', 'dist', 'loader.mjs')

/** Runs a Koers entry point (server or CLI) from source in its own process. */
export function runKoers(entry: 'server' | 'cli', args: string[], env: Record<string, string>): ServerProcess & { ready: Promise<void> } {
  const file = path.join(packageRoot, 'src', entry === 'server' ? 'server/main.ts' : 'cli/main.ts')
  const child = spawn(process.execPath, ['--import', tsx, file, ...args], {
    cwd: packageRoot,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  const port = Number(env.PORT ?? 0)
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (output.includes('Koers is running')) {
        clearInterval(timer)
        resolve()
      }
    }, 50)
    void exited.then((code) => {
      clearInterval(timer)
      reject(new Error(`Koers exited (${code}) before it was ready:\n${output}`))
    })
  })
  return { child, port, output: () => output, exited, ready }
}

export async function runCli(args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const run = runKoers('cli', args, env)
  run.ready.catch(() => undefined)
  const code = await run.exited
  return { code, output: run.output() }
}
