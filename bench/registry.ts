import { audienceCount } from './audienceCount.js'
import { audienceUpdate } from './audienceUpdate.js'
import { caseloadPage } from './caseloadPage.js'
import { chatFanout } from './chatFanout.js'
import { clientFirstLoad } from './clientFirstLoad.js'
import { clientPage } from './clientPage.js'
import { clientSearch } from './clientSearch.js'
import { emailDelivery } from './emailDelivery.js'
import type { Benchmark } from './framework.js'
import { importBench } from './import.js'
import { sendFanout } from './sendFanout.js'
import { signalsRecompute } from './signalsRecompute.js'

/** Every benchmark `npm run bench -- NAME` can run, in the order `--list` shows them. */
export const benchmarks: Benchmark[] = [
  clientPage,
  clientSearch,
  importBench,
  signalsRecompute,
  caseloadPage,
  clientFirstLoad,
  audienceCount,
  audienceUpdate,
  sendFanout,
  emailDelivery,
  chatFanout,
]
