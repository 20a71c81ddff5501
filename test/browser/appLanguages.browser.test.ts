import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TestApp } from '../support/testApp.js'
import { type BrowserTest, expectNoSeriousAxeViolations, heading, signInWithBrowser, slow, startBrowserTest, stopBrowserTest } from './browser.js'

/** The admin screen "Talen van de app"; how the client app shows an added language is in clientApp.browser.test.ts. */
describe('an admin adds a language to the client app', () => {
  let t: TestApp
  let browser: Browser
  let base: string
  let tenant: BrowserTest['tenant']

  beforeAll(async () => {
    ;({ t, tenant, base, browser } = await startBrowserTest())
  })
  afterAll(() => stopBrowserTest({ t, browser }))

  it('offers the Dutch texts, names a key it does not know, saves the translation with what is missing, and removes it after a confirmation; axe throughout', async () => {
    const context = await browser.newContext({ locale: 'nl-NL' })
    const admin = await context.newPage()
    await signInWithBrowser(admin, base, tenant.slug, tenant.admin)
    await admin.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Talen van de app' }).click()
    await expect.poll(() => heading(admin)).toBe('Talen van de cliënt-app')
    await expect.poll(() => admin.getByText('U hebt nog geen taal toegevoegd.').isVisible(), slow).toBe(true)
    const template = admin.getByRole('link', { name: 'Nederlandse teksten downloaden' })
    expect(await template.getAttribute('download')).toBe('koers-app-texts-nl.json')
    await expectNoSeriousAxeViolations(admin)

    // A form filled in wrongly says what to do, field by field, before anything is sent.
    await admin.getByLabel('Taalcode').fill('Tigrinya')
    await admin.getByRole('button', { name: 'Taal opslaan' }).click()
    await expect.poll(() => admin.getByText('Vul een taalcode in van twee of drie kleine letters, bijvoorbeeld ti.').isVisible()).toBe(true)
    expect(await admin.getByText('Vul de naam van de taal in.').isVisible()).toBe(true)
    expect(await admin.getByText('Kies het vertaalde bestand of plak de teksten.').isVisible()).toBe(true)
    await expectNoSeriousAxeViolations(admin)

    // A key the app does not know is named by the server, and nothing is saved.
    await admin.getByLabel('Taalcode').fill('ti')
    await admin.getByLabel('Naam van de taal').fill('ትግርኛ')
    await admin.getByRole('radio', { name: 'Van rechts naar links' }).check()
    await admin.getByLabel('Vertaalde teksten (JSON)').fill(JSON.stringify({ 'clientApp.signIn.title': 'እቶ', 'clientApp.noSuchText': 'x' }))
    await admin.getByRole('button', { name: 'Taal opslaan' }).click()
    await expect.poll(() => admin.getByText('Deze sleutels kent de app niet. Verander de sleutels niet:').isVisible(), slow).toBe(true)
    expect(await admin.getByRole('listitem').filter({ hasText: 'clientApp.noSuchText' }).isVisible()).toBe(true)
    expect(await admin.getByText('U hebt nog geen taal toegevoegd.').isVisible()).toBe(true)

    await admin.getByLabel('Vertaalde teksten (JSON)').fill(JSON.stringify({ 'clientApp.signIn.title': 'እቶ' }))
    await admin.getByRole('button', { name: 'Taal opslaan' }).click()
    const row = admin.getByRole('row').filter({ has: admin.getByRole('rowheader', { name: 'ትግርኛ' }) })
    await expect.poll(() => row.isVisible(), slow).toBe(true)
    const saved = (await admin.getByRole('alert').or(admin.getByRole('status')).allTextContents()).join(' ')
    expect(saved).toMatch(/ትግርኛ is opgeslagen: 1 van \d+ teksten vertaald\./)
    expect(await row.getByRole('cell').nth(0).textContent()).toBe('ti')
    expect(await row.getByRole('cell').nth(1).textContent()).toBe('Van rechts naar links')
    expect(await row.getByRole('rowheader').getAttribute('dir')).toBe('rtl')
    await expectNoSeriousAxeViolations(admin)

    // The app offers it to clients of this organisation.
    const offered = await (await fetch(`${base}/api/v1/organisations/${tenant.slug}/app-languages`)).json()
    expect(offered).toEqual({ languages: [{ code: 'ti', name: 'ትግርኛ', direction: 'rtl' }] })

    // Removing asks first, in a dialog the keyboard can answer.
    await row.getByRole('button', { name: 'ትግርኛ verwijderen' }).click()
    const dialog = admin.getByRole('dialog', { name: 'ትግርኛ verwijderen?' })
    await expect.poll(() => dialog.isVisible()).toBe(true)
    await expectNoSeriousAxeViolations(admin)
    await dialog.getByRole('button', { name: 'Ja, verwijderen' }).focus()
    await admin.keyboard.press('Enter')
    await expect.poll(() => admin.getByText('De taal ትግርኛ is verwijderd.').isVisible(), slow).toBe(true)
    expect(await admin.getByText('U hebt nog geen taal toegevoegd.').isVisible()).toBe(true)
    expect(await (await fetch(`${base}/api/v1/organisations/${tenant.slug}/app-languages`)).json()).toEqual({ languages: [] })
    await context.close()
  })
})
