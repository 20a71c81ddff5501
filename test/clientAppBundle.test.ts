import fs from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { webRoot } from '../src/server/http/staticWeb.js'
import { packageRoot } from '../src/server/packageInfo.js'
import { clientNamespaces } from '../src/web/client/client-namespaces.js'

/**
 * What a phone downloads before the client app's first screen, checked on the build: the
 * issue's budget is 200 kB of compressed JavaScript (the time it takes is measured by
 * `npm run bench -- client-first-load`, not here). And the client app carries only its own
 * texts, in Dutch and English, but all of them; its other languages come in chunks of their own.
 */

const budgetBytes = 200 * 1000
const webSource = path.join(packageRoot, 'src', 'web')
const messagesDir = path.join(webSource, 'i18n', 'messages')

/** The scripts the page starts (its module script and module preloads), with every chunk they import statically. */
function firstScreenScripts(): string[] {
  const html = fs.readFileSync(path.join(webRoot, 'app', 'index.html'), 'utf8')
  const pending = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g)].map((m) => path.join(webRoot, m[1]!))
  const files = new Set<string>()
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (files.has(file)) continue
    files.add(file)
    const code = fs.readFileSync(file, 'utf8')
    for (const m of code.matchAll(/(?:^|[;}])\s*(?:import|export)\s*(?:[^"'`();]*?\bfrom\s*)?["'`](\.\.?\/[^"'`]+\.js)["'`]/g)) {
      pending.push(path.resolve(path.dirname(file), m[1]!))
    }
  }
  return [...files].sort()
}

/**
 * The bytes the server sends for a file to a browser that accepts the given encoding: the
 * build's compressed copy, or the file itself where compressing would not pay (a small file).
 */
function sentSize(file: string, extension: '.br' | '.gz'): number {
  return fs.statSync(file + extension, { throwIfNoEntry: false })?.size ?? fs.statSync(file).size
}

/** Every source file the client app's entry reaches through relative imports, static or dynamic. */
function clientAppSources(): string[] {
  const resolve = (from: string, specifier: string): string | undefined => {
    const base = path.resolve(path.dirname(from), specifier)
    return [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find((candidate) => fs.statSync(candidate, { throwIfNoEntry: false })?.isFile())
  }
  const pending = [path.join(webSource, 'client', 'main.tsx')]
  const files = new Set<string>()
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (files.has(file) || !/\.tsx?$/.test(file)) continue
    files.add(file)
    const code = fs.readFileSync(file, 'utf8')
    for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.\.?\/[^'"]+)['"]/g)) {
      const target = resolve(file, m[1]!)
      if (target) pending.push(target)
    }
  }
  return [...files]
}

/** String literals of a messages file that are texts (letters and a space), not keys or codes, as the minifier writes them. */
function texts(file: string): string[] {
  const code = fs.readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, '')
  return [...code.matchAll(/'((?:[^'\\\n]|\\.){12,})'/g)].map((m) => m[1]!.replace(/\\'/g, "'").replace(/\\u([0-9a-f]{4})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))).filter((text) => /\p{L} \p{L}/u.test(text))
}

/** The languages the client app loads on demand: client-messages.ts imports each one's texts dynamically. */
function onDemandLocales(): string[] {
  const clientMessages = fs.readFileSync(path.join(webSource, 'client', 'client-messages.ts'), 'utf8')
  return [...clientMessages.matchAll(/\bimport\('\.\/client-messages-(\w+)'\)/g)].map((m) => m[1]!)
}

/** The texts of a language the client app loads on demand (its `*-ar.ts` etc. message files). */
function languageTexts(locale: string): string[] {
  return fs.readdirSync(messagesDir).filter((name) => name.endsWith(`-${locale}.ts`)).flatMap((name) => texts(path.join(messagesDir, name)))
}

/** A text as a whole string in minified code, whichever quotes the minifier chose. */
const bundled = (code: string, text: string) => ['`', '"', "'"].some((quote) => code.includes(quote + text + quote))

describe('the client app as a phone downloads it', () => {
  let scripts: string[]
  beforeAll(() => {
    if (!fs.existsSync(path.join(webRoot, 'app', 'index.html'))) throw new Error('The web apps are not built: run `npm run build` first.')
    scripts = firstScreenScripts()
  })

  it('loads less than 200 kB of compressed JavaScript for its first screen, with Brotli and with gzip', () => {
    const sizes = scripts.map((file) => ({ file: path.relative(webRoot, file), br: sentSize(file, '.br'), gz: sentSize(file, '.gz'), raw: fs.statSync(file).size }))
    const report = sizes.map((s) => `${s.file}: ${s.br} B br, ${s.gz} B gzip`).join('\n')
    expect(sizes.some((s) => s.file.startsWith('assets/app-')), report).toBe(true)
    // The build compressed what it loads: together less than a third of the files' own size.
    expect(sizes.reduce((sum, s) => sum + s.br, 0) * 3, report).toBeLessThan(sizes.reduce((sum, s) => sum + s.raw, 0))
    expect(sizes.reduce((sum, s) => sum + s.br, 0), report).toBeLessThan(budgetBytes)
    expect(sizes.reduce((sum, s) => sum + s.gz, 0), report).toBeLessThan(budgetBytes)
  })

  it('carries its own texts in Dutch and English, none only the staff app uses, and no other language', () => {
    const clientMessages = fs.readFileSync(path.join(webSource, 'client', 'client-messages.ts'), 'utf8')
    const clientFiles = new Set([...clientMessages.matchAll(/from '\.\.\/i18n\/messages\/([\w-]+)'/g)].map((m) => `${m[1]}.ts`))
    const messageFiles = fs.readdirSync(messagesDir).filter((name) => /^(?:nl|en|[\w-]+-(?:nl|en))\.ts$/.test(name))
    const clientTexts = new Set([...clientFiles].flatMap((name) => texts(path.join(messagesDir, name))))
    const staffTexts = messageFiles.filter((name) => !clientFiles.has(name)).flatMap((name) => texts(path.join(messagesDir, name))).filter((text) => !clientTexts.has(text))
    const otherLanguageTexts = onDemandLocales().flatMap((locale) => languageTexts(locale))
    expect(staffTexts.length).toBeGreaterThan(100)
    expect(clientTexts.size).toBeGreaterThan(50)
    expect(otherLanguageTexts.length).toBeGreaterThan(4 * 200)
    const code = scripts.map((file) => fs.readFileSync(file, 'utf8')).join('\n')
    expect(staffTexts.filter((text) => bundled(code, text)).slice(0, 10)).toEqual([])
    expect(otherLanguageTexts.filter((text) => bundled(code, text)).slice(0, 10)).toEqual([])
    expect([...clientTexts].filter((text) => !bundled(code, text)).slice(0, 10)).toEqual([])
  })

  it('loads each other language, all its texts and only those, in a chunk of its own', () => {
    const assets = path.join(webRoot, 'assets')
    const chunks = fs.readdirSync(assets).filter((name) => name.endsWith('.js')).map((name) => ({ file: path.join(assets, name), code: fs.readFileSync(path.join(assets, name), 'utf8') }))
    const locales = onDemandLocales()
    expect(locales).toEqual(['ar', 'tr', 'pl', 'uk'])
    for (const locale of locales) {
      const own = languageTexts(locale)
      const holding = chunks.filter((chunk) => own.some((text) => bundled(chunk.code, text)))
      expect(holding.map((chunk) => path.relative(webRoot, chunk.file)), locale).toHaveLength(1)
      const chunk = holding[0]!
      expect(scripts, locale).not.toContain(chunk.file)
      expect(own.filter((text) => !bundled(chunk.code, text)).slice(0, 10), locale).toEqual([])
      const others = locales.filter((other) => other !== locale).flatMap((other) => languageTexts(other))
      expect(others.filter((text) => bundled(chunk.code, text)).slice(0, 10), locale).toEqual([])
    }
  })

  it('bundles every message namespace its code uses', () => {
    const used = new Map<string, string>()
    for (const file of clientAppSources()) {
      const code = fs.readFileSync(file, 'utf8')
      for (const m of code.matchAll(/(?:\bt\(\s*|i18nKey=\{?\s*)['"`]([A-Za-z]\w*)\./g)) used.set(m[1]!, path.relative(webSource, file))
    }
    expect(used.size).toBeGreaterThan(3)
    const missing = [...used].filter(([namespace]) => !(clientNamespaces as readonly string[]).includes(namespace))
    expect(missing.map(([namespace, file]) => `${namespace} (used in ${file})`)).toEqual([])
  })
})
