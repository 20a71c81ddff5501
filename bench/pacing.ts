/**
 * How the caseload benchmark's coaches load: all at the same time, each `rounds` times. With
 * `pauseMs` 0 each asks again as soon as an answer arrives (a closed loop: as many requests in
 * flight as coaches, the server's saturation); otherwise a coach pauses between loads, a random
 * time between half and one and a half times `pauseMs`, and begins at a random moment within the
 * first pause, so the coaches do not move in step. Used by the load process (over HTTP) and for
 * the bare SQL limit alike.
 */
export interface PacedRun {
  /** Every load's duration (ms). */
  latencies: number[]
  /** Loads completed a second, over the whole run. */
  perSecond: number
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export async function pacedLoads<T>(coaches: readonly T[], rounds: number, pauseMs: number, load: (coach: T) => Promise<void>): Promise<PacedRun> {
  const latencies: number[] = []
  const started = performance.now()
  await Promise.all(
    coaches.map(async (coach) => {
      if (pauseMs > 0) await sleep(Math.random() * pauseMs)
      for (let i = 0; i < rounds; i++) {
        const begun = performance.now()
        await load(coach)
        latencies.push(performance.now() - begun)
        if (pauseMs > 0 && i < rounds - 1) await sleep(pauseMs * (0.5 + Math.random()))
      }
    }),
  )
  return { latencies, perSecond: latencies.length / ((performance.now() - started) / 1000) }
}
