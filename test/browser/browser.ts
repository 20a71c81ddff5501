import fs from 'node:fs'
import { AxeBuilder } from '@axe-core/playwright'
import { chromium, type Browser, type Page } from 'playwright-core'
import { expect } from 'vitest'
import { webRoot } from '../../src/server/http/staticWeb.js'

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Browser tests need the built web apps (npm test builds them first) and Debian's Chromium. */
export function assertBrowserTestPrerequisites(): void {
  if (!fs.existsSync(`${webRoot}/index.html`)) throw new Error('The web apps are not built: run `npm run build` first.')
  if (!fs.existsSync(chromiumPath)) throw new Error(`No Chromium at ${chromiumPath}: install it with apt-get install chromium.`)
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

/** Fails on serious or critical accessibility violations (WCAG 2.x A and AA rules). */
export async function expectNoSeriousAxeViolations(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(
    serious.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([])
}
