/**
 * A progress bar on stderr for long work: done and total, the rate of rows, and the time left.
 * On a terminal it redraws one line; in a log (no terminal) it writes a line every ten seconds.
 */
export interface ProgressBar {
  update(done: number, rows: number): void
  finish(): void
}

const grouped = (n: number) => Math.round(n).toLocaleString('en-GB')

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?'
  const s = Math.max(0, Math.round(seconds))
  if (s < 60) return `${s}s`
  if (s < 3600) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`
  return `${Math.floor(s / 3600)}h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`
}

export function progressBar(label: string, total: number, options: { stream?: NodeJS.WriteStream; width?: number } = {}): ProgressBar {
  const stream = options.stream ?? process.stderr
  const width = options.width ?? 24
  // The clock starts at the first update: the work may begin a while after the bar is made.
  let started = 0
  let startDone = 0
  let lastPrint = 0
  let line = ''
  const render = (done: number, rows: number) => {
    if (started === 0) {
      started = Date.now()
      startDone = done
    }
    const elapsed = (Date.now() - started) / 1000
    const fraction = total === 0 ? 1 : Math.min(1, done / total)
    const filled = Math.round(fraction * width)
    const rate = elapsed > 0 ? (done - startDone) / elapsed : 0
    const eta = rate > 0 ? (total - done) / rate : Number.POSITIVE_INFINITY
    return (
      `${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(Math.floor(fraction * 100)).padStart(3)}% ` +
      `${grouped(done)}/${grouped(total)} · ${grouped(elapsed > 0 ? rows / elapsed : 0)} rows/s · ${grouped(rate)}/s · ` +
      `ETA ${done >= total ? '0s' : formatDuration(eta)} · ${formatDuration(elapsed)} so far`
    )
  }
  return {
    update(done, rows) {
      line = render(done, rows)
      const now = Date.now()
      if (stream.isTTY) {
        if (now - lastPrint < 100 && done < total) return
        stream.write(`\r${line}\x1b[K`)
      } else {
        if (now - lastPrint < 10_000 && done < total) return
        stream.write(`${line}\n`)
      }
      lastPrint = now
    },
    finish() {
      if (stream.isTTY && line !== '') stream.write('\n')
    },
  }
}
