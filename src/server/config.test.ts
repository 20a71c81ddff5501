import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from './config.js'

describe('configuration', () => {
  it('has working defaults: port 3000, embedded database in ./data, demo on', () => {
    const config = loadConfig({})
    expect(config).toMatchObject({ port: 3000, databaseUrl: null, demo: true, sessionIdleMinutes: 30, sessionMaxHours: 12 })
    expect(config.dataDir).toMatch(/\/data$/)
  })

  it.each([
    ['PORT', 'drieduizend'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://localhost/koers'],
    ['DATABASE_URL', 'not a url'],
    ['KOERS_SECRET_KEY', 'too-short'],
    ['KOERS_DEMO', 'misschien'],
    ['LOG_LEVEL', 'loud'],
    ['KOERS_SESSION_IDLE_MINUTES', '0'],
  ])('refuses %s=%s with a message naming the variable', (variable, value) => {
    expect(() => loadConfig({ [variable]: value })).toThrow(ConfigError)
    expect(() => loadConfig({ [variable]: value })).toThrow(variable)
  })

  it('refuses an idle timeout longer than the absolute session limit', () => {
    expect(() => loadConfig({ KOERS_SESSION_IDLE_MINUTES: '600', KOERS_SESSION_MAX_HOURS: '2' })).toThrow(/KOERS_SESSION_IDLE_MINUTES/)
  })

  it('reads PostgreSQL and a secret key', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://koers@db:5432/koers', KOERS_SECRET_KEY: 'a'.repeat(64), PORT: '8080' })
    expect(config).toMatchObject({ databaseUrl: 'postgres://koers@db:5432/koers', secretKey: 'a'.repeat(64), port: 8080 })
  })
})
