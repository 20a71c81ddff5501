import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { appLanguageTemplate } from '../src/common/appLanguageTemplate.js'
import { createTestTenant, signIn, startTestApp, TestClient, type TestApp } from './support/testApp.js'
import { databasesUnderTest } from './support/testDatabase.js'

interface Language { code: string; name: string; direction: string; translated: number; missing: number }
interface Problem { code: string; detail: string; errors?: { field: string; message: string }[] }

const tigrinya = {
  name: 'ትግርኛ',
  direction: 'rtl',
  texts: {
    'clientApp.signIn.title': 'እቶ',
    'client.welcome': 'እንቋዕ ናብ {{organisation}} ብደሓን መጻእኩም',
    'problems.tooManyRequestsWait_one': 'ብዙሕ ፈተነታት። ድሕሪ ሓደ ደቒቕ ደጊምኩም ፈትኑ።',
    'problems.tooManyRequestsWait_other': 'ብዙሕ ፈተነታት። ድሕሪ {{count}} ደቓይቕ ደጊምኩም ፈትኑ።',
  },
}

describe.each(databasesUnderTest())('an organisation adds a language to the client app, on $name', (database) => {
  let t: TestApp
  let tenant: Awaited<ReturnType<typeof createTestTenant>>
  let other: Awaited<ReturnType<typeof createTestTenant>>
  let admin: TestClient
  let coach: TestClient
  const anyone = () => new TestClient(t.app)

  beforeAll(async () => {
    t = await startTestApp(database)
    tenant = await createTestTenant(t.ctx, 1)
    other = await createTestTenant(t.ctx, 1)
    admin = await signIn(t.app, tenant.slug, tenant.admin)
    coach = await signIn(t.app, tenant.slug, tenant.coach)
  })
  afterAll(async () => t?.close())

  it('hands out the Dutch texts to translate as a JSON file, to admins only', async () => {
    const template = await admin.request('GET', '/api/v1/app-languages/template')
    expect(template.statusCode).toBe(200)
    expect(template.headers['content-disposition']).toContain('attachment')
    const texts = template.json<Record<string, string>>()
    expect(texts['clientApp.signIn.title']).toBe('Inloggen')
    expect(texts).toEqual(appLanguageTemplate)
    expect((await coach.request('GET', '/api/v1/app-languages/template')).statusCode).toBe(403)
    expect((await anyone().request('GET', '/api/v1/app-languages/template')).statusCode).toBe(401)
  })

  it('adds a language with part of the texts, reports what is missing, and audits it', async () => {
    const added = await admin.request('PUT', '/api/v1/app-languages/ti', tigrinya)
    expect(added.statusCode, added.body).toBe(201)
    const language = added.json<Language>()
    const size = (await admin.request('GET', '/api/v1/app-languages')).json<{ templateSize: number }>().templateSize
    expect(language).toMatchObject({ code: 'ti', name: 'ትግርኛ', direction: 'rtl', translated: 3, missing: size - 3 })

    const renamed = await admin.request('PUT', '/api/v1/app-languages/ti', { ...tigrinya, name: 'Tigrinya (ትግርኛ)' })
    expect(renamed.statusCode).toBe(200)
    const list = (await admin.request('GET', '/api/v1/app-languages')).json<{ languages: Language[] }>().languages
    expect(list.map((l) => [l.code, l.name])).toEqual([['ti', 'Tigrinya (ትግርኛ)']])

    const audit = (await admin.request('GET', '/api/v1/audit-events?action=app-language.')).json<{ events: { action: string }[] }>().events
    expect(audit.map((e) => e.action)).toEqual(['app-language.update', 'app-language.create'])
    expect((await coach.request('PUT', '/api/v1/app-languages/so', { name: 'Soomaali', direction: 'ltr', texts: {} })).statusCode).toBe(403)
  })

  it('refuses unknown keys by name, a lost or invented placeholder with its key, a built-in language and too much text', async () => {
    const unknown = await admin.request('PUT', '/api/v1/app-languages/so', { name: 'Soomaali', direction: 'ltr', texts: { 'clientApp.signIn.title': 'Gal', 'clientApp.noSuchText': 'x', 'staff.only': 'y' } })
    expect(unknown.statusCode).toBe(400)
    expect(unknown.headers['content-type']).toContain('application/problem+json')
    const unknownProblem = unknown.json<Problem>()
    expect(unknownProblem.code).toBe('unknown-text-keys')
    expect(unknownProblem.errors?.map((e) => e.field)).toEqual(['texts.clientApp.noSuchText', 'texts.staff.only'])

    const lost = await admin.request('PUT', '/api/v1/app-languages/so', { name: 'Soomaali', direction: 'ltr', texts: { 'client.welcome': 'Ku soo dhawoow', 'clientApp.signIn.title': 'Gal {{name}}' } })
    expect(lost.statusCode).toBe(400)
    const lostProblem = lost.json<Problem>()
    expect(lostProblem.code).toBe('placeholders-changed')
    expect(lostProblem.errors).toEqual([
      { field: 'texts.client.welcome', message: 'lacks {{organisation}}' },
      { field: 'texts.clientApp.signIn.title', message: 'has {{name}}, which the Dutch text does not' },
    ])

    const builtIn = await admin.request('PUT', '/api/v1/app-languages/tr', { name: 'Türkçe', direction: 'ltr', texts: {} })
    expect(builtIn.json<Problem>().code).toBe('built-in-language')
    expect((await admin.request('PUT', '/api/v1/app-languages/Somali', { name: 'Soomaali', direction: 'ltr', texts: {} })).statusCode).toBe(400)

    const keys = Object.keys(appLanguageTemplate).filter((key) => !appLanguageTemplate[key]!.includes('{{')).slice(0, 200)
    const tooMuch = await admin.request('PUT', '/api/v1/app-languages/so', { name: 'Soomaali', direction: 'ltr', texts: Object.fromEntries(keys.map((key) => [key, 'ab '.repeat(600)])) })
    expect(tooMuch.json<Problem>().code).toBe('texts-too-large')
    const list = (await admin.request('GET', '/api/v1/app-languages')).json<{ languages: Language[] }>().languages
    expect(list.map((l) => l.code)).toEqual(['ti'])
  })

  it('lists the language and its texts publicly, with an ETag, for its own organisation only', async () => {
    const languages = await anyone().request('GET', `/api/v1/organisations/${tenant.slug}/app-languages`)
    expect(languages.statusCode).toBe(200)
    expect(languages.json()).toEqual({ languages: [{ code: 'ti', name: 'Tigrinya (ትግርኛ)', direction: 'rtl' }] })

    const texts = await anyone().request('GET', `/api/v1/organisations/${tenant.slug}/app-languages/ti/texts`)
    expect(texts.statusCode).toBe(200)
    expect(texts.json()).toEqual({ code: 'ti', direction: 'rtl', texts: tigrinya.texts })
    const etag = texts.headers.etag as string
    expect(etag).toMatch(/^".+"$/)
    const again = await anyone().request('GET', `/api/v1/organisations/${tenant.slug}/app-languages/ti/texts`, undefined, { 'if-none-match': etag })
    expect(again.statusCode).toBe(304)
    expect(again.body).toBe('')

    expect((await anyone().request('GET', `/api/v1/organisations/${other.slug}/app-languages`)).json()).toEqual({ languages: [] })
    expect((await anyone().request('GET', `/api/v1/organisations/${other.slug}/app-languages/ti/texts`)).statusCode).toBe(404)
    expect((await anyone().request('GET', '/api/v1/organisations/no-such-organisation/app-languages')).statusCode).toBe(404)
    const otherAdmin = await signIn(t.app, other.slug, other.admin)
    expect((await otherAdmin.request('GET', '/api/v1/app-languages')).json<{ languages: Language[] }>().languages).toEqual([])
    expect((await otherAdmin.request('DELETE', '/api/v1/app-languages/ti')).statusCode).toBe(404)
  })

  it('removes the language: the app no longer offers it', async () => {
    const removed = await admin.request('DELETE', '/api/v1/app-languages/ti')
    expect(removed.statusCode).toBe(204)
    expect((await anyone().request('GET', `/api/v1/organisations/${tenant.slug}/app-languages`)).json()).toEqual({ languages: [] })
    expect((await anyone().request('GET', `/api/v1/organisations/${tenant.slug}/app-languages/ti/texts`)).statusCode).toBe(404)
    expect((await admin.request('DELETE', '/api/v1/app-languages/ti')).statusCode).toBe(404)
  })
})
