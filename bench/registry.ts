import { clientPage } from './clientPage.js'
import { clientSearch } from './clientSearch.js'
import type { Benchmark } from './framework.js'

/** Every benchmark `npm run bench -- NAME` can run, in the order `--list` shows them. */
export const benchmarks: Benchmark[] = [
  clientPage,
  clientSearch,
  // --- bench/import.ts: add its benchmark here (import { … } from './import.js') -------------
]
