import http from 'node:http'

/**
 * The load generator of the caseload benchmark, run as a second process: each of the given
 * coaches loads "Mijn caseload" `rounds` times over loopback, all coaches at the same time.
 * With `pauseMs` 0 each coach asks again as soon as an answer arrives (a closed loop: as many
 * requests in flight as coaches, the server's saturation); otherwise a coach pauses between
 * loads, a random time between half and one and a half times `pauseMs`, and begins at a random
 * moment within the first pause, so the coaches do not move in step. Prints the latencies (ms)
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
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const pause = () => plan.pauseMs * (0.5 + Math.random())

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
  if (plan.pauseMs > 0) await sleep(Math.random() * plan.pauseMs)
  for (let i = 0; i < plan.rounds; i++) {
    times.push(await get(cookie))
    if (plan.pauseMs > 0 && i < plan.rounds - 1) await sleep(pause())
  }
  return times
}

const started = performance.now()
const all = await Promise.all(plan.cookies.map(coachLoop))
const seconds = (performance.now() - started) / 1000
agent.destroy()
const latencies = all.flat()
process.stdout.write(JSON.stringify({ latencies, perSecond: latencies.length / seconds }) + '\n')
