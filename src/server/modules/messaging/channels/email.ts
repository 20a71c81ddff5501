import nodemailer from 'nodemailer'
import { ProviderError, type Delivered, type EmailChannel, type EmailMessage } from './types.js'

export interface EmailChannelConfig {
  /** smtp://user:password@host:587 or smtps://…:465 */
  url: string
  /** The sender, e.g. "Werkplein <noreply@werkplein.nl>". */
  from: string
  /** Open connections to the mail server, reused for every message (default 5). */
  maxConnections?: number
}

/** SMTP reply codes that say the mailbox does not exist (RFC 5321 §4.2.2/§4.2.3). */
const MAILBOX_UNKNOWN = new Set([550, 551, 553])

/**
 * Email over SMTP with nodemailer, on a pool of long-lived connections so a group send does not
 * pay a TCP and TLS handshake per message.
 */
export function createEmailChannel(config: EmailChannelConfig): EmailChannel {
  const domain = senderDomain(config.from)
  const transport = nodemailer.createTransport({
    url: config.url,
    pool: true,
    maxConnections: config.maxConnections ?? 5,
    maxMessages: 1000,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  })

  return {
    provider: 'smtp',
    async send(message: EmailMessage): Promise<Delivered> {
      try {
        await transport.sendMail({
          from: config.from,
          to: message.to,
          subject: message.subject,
          text: message.text,
          html: message.html,
          messageId: messageIdFor(message.outboxId, domain),
          headers: {
            'List-Unsubscribe': `<${message.unsubscribeUrl}>`,
            'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
          },
        })
      } catch (error) {
        throw smtpFailure(error)
      }
      // The Message-ID is Koers' own; the server's queue id is not reported back in a usable form.
      return { providerId: null }
    },
    async close(): Promise<void> {
      transport.close()
    },
  }
}

/** The same outbox row always gets the same Message-ID, so a resend is recognisable as one. */
export function messageIdFor(outboxId: string, domain: string): string {
  return `<${outboxId.replace(/[^A-Za-z0-9._-]/g, '-')}@${domain}>`
}

function senderDomain(from: string): string {
  const domain = /@([^\s@<>]+)>?\s*$/.exec(from)?.[1]
  if (!domain) throw new Error('The sender address has no domain.')
  return domain
}

interface SmtpError {
  code?: string
  responseCode?: number
  response?: string
}

/**
 * What the SMTP server's answer means for the outbox. The message text carries only codes, never
 * the server's full reply: that often quotes the recipient's address.
 */
export function smtpFailure(error: unknown): ProviderError {
  const { code, responseCode, response } = (error ?? {}) as SmtpError
  if (typeof responseCode === 'number') {
    const enhanced = /\b([245]\.\d{1,3}\.\d{1,3})\b/.exec(response ?? '')?.[1]
    const reply = enhanced ? `${responseCode} ${enhanced}` : String(responseCode)
    // 503 (bad sequence of commands) is about the session, not the message: a new connection helps.
    if ((responseCode >= 400 && responseCode < 500) || responseCode === 503) {
      return new ProviderError(`The mail server deferred the message (${reply}).`, true)
    }
    if (responseCode >= 500 && responseCode < 600) {
      // 5.7.x is a policy or security refusal, not an unknown mailbox, even when sent as 550.
      const gone = MAILBOX_UNKNOWN.has(responseCode) && !enhanced?.startsWith('5.7.')
      return new ProviderError(`The mail server refused the message (${reply}).`, false, gone)
    }
  }
  // Connection refused, closed, timed out, TLS or DNS trouble: the message did not get through.
  return new ProviderError(`The message did not reach the mail server (${code ?? 'unknown error'}).`, true)
}
