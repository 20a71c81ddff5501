import http from 'node:http'

/**
 * The load generator of the caseload benchmark, run as a second process: each of the given
 * coaches loads "Mijn caseload" over and over, all at once, over loopback. Prints the latencies
 * (ms) as one JSON line.
 */
interface LoadPlan {
  port: number
  cookies: string[]
  rounds: number
  path: string
}

const plan = JSON.parse(process.argv[2] ?? '{}') as LoadPlan
const agent = new http.Agent({ keepAlive: true, maxSockets: plan.cookies.length })

function get(cookie: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const req = http.request({ host: '127.0.0.1', port: plan.port, path: plan.path, agent, headers: { cookie, accept: 'application/json' } }, (res) => {
      res.resume()
      res.on('end', () => (res.statusCode === 200 ? resolve(performance.now() - started) : reject(new Error(`caseload answered ${res.statusCode}`))))
    })
    req.on('error', reject)
    req.end()
  })
}

async function coachLoop(cookie: string): Promise<number[]> {
  const times: number[] = []
  for (let i = 0; i < plan.rounds; i++) times.push(await get(cookie))
  return times
}

const all = await Promise.all(plan.cookies.map(coachLoop))
agent.destroy()
process.stdout.write(JSON.stringify({ latencies: all.flat() }) + '\n')
