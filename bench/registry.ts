import { caseloadPage } from './caseloadPage.js'
import { clientPage } from './clientPage.js'
import { clientSearch } from './clientSearch.js'
import type { Benchmark } from './framework.js'
import { importBench } from './import.js'
import { signalsRecompute } from './signalsRecompute.js'

/** Every benchmark `npm run bench -- NAME` can run, in the order `--list` shows them. */
export const benchmarks: Benchmark[] = [
  clientPage,
  clientSearch,
  importBench,
  signalsRecompute,
  caseloadPage,
]
