import fs from 'node:fs'
import path from 'node:path'
import { loadMessagingConfig, type MessagingConfig } from './modules/messaging/messagingConfig.js'

/**
 * Koers reads its configuration from the environment once, at boot, and stops with a message
 * naming the variable when a value is wrong. Nothing else reads process.env.
 */
export interface Config {
  port: number
  host: string
  dataDir: string
  databaseUrl: string | null
  secretKey: string | null
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent'
  demo: boolean
  cookieSecure: boolean
  trustProxy: boolean
  sessionIdleMinutes: number
  sessionMaxHours: number
  rateLimitPerMinute: number
  signInRateLimitPerMinute: number
  /** Where the scheduled import picks up files (`<dir>/<organisation>/<mapping>/`); null: off. */
  importDir: string | null
  /** Providers for SMS, email and push, and the public address for links in messages. */
  messaging: MessagingConfig
}

export class ConfigError extends Error {
  constructor(readonly variable: string, problem: string) {
    super(`Invalid configuration: ${variable} ${problem}`)
    this.name = 'ConfigError'
  }
}

type Env = Record<string, string | undefined>

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  if (!/^\d+$/.test(raw.trim())) throw new ConfigError(name, `must be a whole number, got "${raw}"`)
  const value = Number(raw)
  if (value < min || value > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${value}`)
  return value
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase()
  if (raw === undefined || raw === '') return fallback
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true
  if (['0', 'false', 'no', 'off'].includes(raw)) return false
  throw new ConfigError(name, `must be true or false, got "${env[name]}"`)
}

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const

export function loadConfig(env: Env = process.env): Config {
  const databaseUrl = env.DATABASE_URL?.trim() || null
  if (databaseUrl !== null) {
    let url: URL
    try {
      url = new URL(databaseUrl)
    } catch {
      throw new ConfigError('DATABASE_URL', 'is not a URL (expected postgres://user:password@host:5432/database)')
    }
    if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
      throw new ConfigError('DATABASE_URL', `must start with postgres:// or postgresql://, got ${url.protocol}//`)
    }
  }
  const secretKey = env.KOERS_SECRET_KEY?.trim() || null
  if (secretKey !== null && !/^[0-9a-fA-F]{64}$/.test(secretKey)) {
    throw new ConfigError('KOERS_SECRET_KEY', 'must be 64 hexadecimal characters (32 bytes), e.g. from `openssl rand -hex 32`')
  }
  const logLevel = (env.LOG_LEVEL?.trim() || 'info') as Config['logLevel']
  if (!logLevels.includes(logLevel)) {
    throw new ConfigError('LOG_LEVEL', `must be one of ${logLevels.join(', ')}, got "${env.LOG_LEVEL}"`)
  }
  const importDirText = env.KOERS_IMPORT_DIR?.trim() || null
  const importDir = importDirText === null ? null : path.resolve(importDirText)
  if (importDir !== null && !fs.statSync(importDir, { throwIfNoEntry: false })?.isDirectory()) {
    throw new ConfigError('KOERS_IMPORT_DIR', `must be an existing folder, got "${importDirText}"`)
  }
  const sessionIdleMinutes = integer(env, 'KOERS_SESSION_IDLE_MINUTES', 30, 1, 24 * 60)
  const sessionMaxHours = integer(env, 'KOERS_SESSION_MAX_HOURS', 12, 1, 24 * 7)
  if (sessionIdleMinutes > sessionMaxHours * 60) {
    throw new ConfigError('KOERS_SESSION_IDLE_MINUTES', 'must not exceed KOERS_SESSION_MAX_HOURS')
  }
  const port = integer(env, 'PORT', 3000, 0, 65535)
  return {
    port,
    host: env.HOST?.trim() || '127.0.0.1',
    dataDir: path.resolve(env.KOERS_DATA_DIR?.trim() || 'data'),
    databaseUrl,
    secretKey,
    logLevel,
    demo: boolean(env, 'KOERS_DEMO', true),
    cookieSecure: boolean(env, 'KOERS_COOKIE_SECURE', true),
    trustProxy: boolean(env, 'KOERS_TRUST_PROXY', false),
    sessionIdleMinutes,
    sessionMaxHours,
    rateLimitPerMinute: integer(env, 'KOERS_RATE_LIMIT_PER_MINUTE', 600, 1, 1_000_000),
    signInRateLimitPerMinute: integer(env, 'KOERS_SIGN_IN_RATE_LIMIT_PER_MINUTE', 10, 1, 10_000),
    importDir,
    messaging: loadMessagingConfig(env, port),
  }
}
