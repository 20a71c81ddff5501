import http from 'node:http'
import { pacedLoads } from './pacing.js'

/**
 * The load generator of the caseload benchmark, run as a second process: each of the given
 * coaches loads `path` over loopback, paced as `pacedLoads` describes. Prints the latencies (ms)
 * and the achieved rate as one JSON line.
 */
interface LoadPlan {
  port: number
  cookies: string[]
  rounds: number
  path: string
  pauseMs: number
}

const plan = JSON.parse(process.argv[2] ?? '{}') as LoadPlan
const agent = new http.Agent({ keepAlive: true, maxSockets: plan.cookies.length })

function get(cookie: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: plan.port, path: plan.path, agent, headers: { cookie, accept: 'application/json' } }, (res) => {
      res.resume()
      res.on('end', () => (res.statusCode === 200 ? resolve() : reject(new Error(`caseload answered ${res.statusCode}`))))
    })
    req.on('error', reject)
    req.end()
  })
}

const run = await pacedLoads(plan.cookies, plan.rounds, plan.pauseMs, get)
agent.destroy()
process.stdout.write(JSON.stringify(run) + '\n')
