/**
 * The benchmark contract. A benchmark does its work, measures the same work done the barest way
 * in the same run (the limit), and reports both; it never fails on a budget, it reports.
 * `npm run bench -- NAME [--clients N] [--db embedded|postgresql]` runs one; `--list` names them.
 */
export interface BenchOptions {
  clients: number
  db: 'embedded' | 'postgresql'
  /** Where the generated data may be kept between runs (embedded), e.g. bench/data/<name>-<clients>. */
  dataDir: string
  /** Progress and notes, printed as the benchmark goes. */
  log(message: string): void
}

export interface BenchResult {
  value: number
  unit: 'ms' | 'msg/s'
  limit: number
  /** The budget in the same unit; ok = value within budget. */
  budget: number
  /** For rates a higher value is better. */
  higherIsBetter?: boolean
  details?: Record<string, unknown>
}

export interface Benchmark {
  name: string
  description: string
  run(options: BenchOptions): Promise<BenchResult>
}

/** The p-th percentile (0–100) of a list of durations. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[index]!
}
