import { ConfigError } from '../../config.js'

/**
 * Where messages go. Every provider is optional: without one, messages of that channel land in
 * the built-in outbox viewer (per recipient and channel), so a demo or test installation sends
 * nothing out of the building.
 */
export interface MessagingConfig {
  /** The address clients reach Koers on, for links in messages (tracking, unsubscribe). */
  publicUrl: string
  smtp: { url: string; from: string } | null
  sms: { provider: 'messagebird'; baseUrl: string; accessKey: string; signingKey: string } | null
  push: { publicKey: string; privateKey: string; subject: string } | null
}

type Env = Record<string, string | undefined>
const text = (env: Env, name: string) => env[name]?.trim() || null

function url(env: Env, name: string, value: string): string {
  try {
    const parsed = new URL(value)
    return parsed.toString().replace(/\/$/, '')
  } catch {
    throw new ConfigError(name, `is not a URL, got "${value}"`)
  }
}

function allOrNone(env: Env, names: string[]): boolean {
  const present = names.filter((name) => text(env, name) !== null)
  if (present.length > 0 && present.length < names.length) {
    const missing = names.find((name) => text(env, name) === null)!
    throw new ConfigError(missing, `must be set together with ${present.join(', ')}`)
  }
  return present.length === names.length
}

export function loadMessagingConfig(env: Env, port: number): MessagingConfig {
  const publicUrl = url(env, 'KOERS_PUBLIC_URL', text(env, 'KOERS_PUBLIC_URL') ?? `http://localhost:${port}`)

  let smtp: MessagingConfig['smtp'] = null
  const smtpUrl = text(env, 'KOERS_SMTP_URL')
  if (smtpUrl !== null) {
    const parsed = url(env, 'KOERS_SMTP_URL', smtpUrl)
    if (!/^smtps?:/.test(parsed)) throw new ConfigError('KOERS_SMTP_URL', `must start with smtp:// or smtps://, got "${smtpUrl}"`)
    const from = text(env, 'KOERS_MAIL_FROM')
    if (from === null || !/^[^\s@<>]+@[^\s@<>]+$|<[^\s@<>]+@[^\s@<>]+>$/.test(from)) {
      throw new ConfigError('KOERS_MAIL_FROM', 'must be the sender address (e.g. "Werkplein <noreply@werkplein.nl>") when KOERS_SMTP_URL is set')
    }
    smtp = { url: smtpUrl, from }
  }

  let sms: MessagingConfig['sms'] = null
  const provider = text(env, 'KOERS_SMS_PROVIDER')
  if (provider !== null) {
    if (provider !== 'messagebird') throw new ConfigError('KOERS_SMS_PROVIDER', `must be messagebird, got "${provider}"`)
    allOrNone(env, ['KOERS_MESSAGEBIRD_ACCESS_KEY', 'KOERS_MESSAGEBIRD_SIGNING_KEY'])
    if (text(env, 'KOERS_MESSAGEBIRD_ACCESS_KEY') === null) throw new ConfigError('KOERS_MESSAGEBIRD_ACCESS_KEY', 'must be set when KOERS_SMS_PROVIDER is messagebird')
    sms = {
      provider,
      baseUrl: url(env, 'KOERS_MESSAGEBIRD_URL', text(env, 'KOERS_MESSAGEBIRD_URL') ?? 'https://rest.messagebird.com'),
      accessKey: text(env, 'KOERS_MESSAGEBIRD_ACCESS_KEY')!,
      signingKey: text(env, 'KOERS_MESSAGEBIRD_SIGNING_KEY')!,
    }
  }

  let push: MessagingConfig['push'] = null
  if (allOrNone(env, ['KOERS_VAPID_PUBLIC_KEY', 'KOERS_VAPID_PRIVATE_KEY', 'KOERS_VAPID_SUBJECT'])) {
    const subject = text(env, 'KOERS_VAPID_SUBJECT')!
    if (!/^(mailto:|https:)/.test(subject)) throw new ConfigError('KOERS_VAPID_SUBJECT', `must be a mailto: or https: address, got "${subject}"`)
    push = { publicKey: text(env, 'KOERS_VAPID_PUBLIC_KEY')!, privateKey: text(env, 'KOERS_VAPID_PRIVATE_KEY')!, subject }
  }
  return { publicUrl, smtp, sms, push }
}
