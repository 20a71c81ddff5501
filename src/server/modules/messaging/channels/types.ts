/**
 * What a channel adapter is given and what it answers. The outbox worker renders a message,
 * hands it to the adapter of its channel and records the answer; the adapter knows only its
 * provider's protocol. Every message carries the outbox row's id, which the adapter passes to
 * the provider as its idempotency key or reference where the protocol has one.
 */

export interface EmailMessage {
  outboxId: string
  to: string
  subject: string
  text: string
  html: string
  /** Where the client switches this category off: sent as List-Unsubscribe (with One-Click). */
  unsubscribeUrl: string
}

export interface SmsMessage {
  outboxId: string
  /** E.164, e.g. +31612345678. */
  to: string
  originator: string
  body: string
  /** The provider calls this with delivery reports. */
  reportUrl: string
}

export interface PushSubscription {
  endpoint: string
  p256dh: string
  auth: string
}

export interface PushMessage {
  outboxId: string
  subscription: PushSubscription
  title: string
  body: string
  /** Where a tap on the notification leads (inside the client app). */
  url: string
  urgent: boolean
  /** How long the push service may hold the message for an offline device. */
  ttlSeconds: number
}

export interface Delivered {
  /** The provider's id for the message (for status callbacks), when it gives one. */
  providerId: string | null
}

/**
 * A provider said no. `retryable`: try again later (timeouts, 5xx, 429). Not retryable: the
 * message or address is wrong (4xx); `addressGone` marks the address as bounced (a hard bounce,
 * an unknown number, a push subscription that expired) so Koers stops using it.
 */
export class ProviderError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly addressGone = false,
  ) {
    super(message)
    this.name = 'ProviderError'
  }
}

export interface EmailChannel {
  readonly provider: string
  send(message: EmailMessage): Promise<Delivered>
  close(): Promise<void>
}

export interface SmsChannel {
  readonly provider: string
  send(message: SmsMessage): Promise<Delivered>
}

export interface PushChannel {
  readonly provider: string
  send(message: PushMessage): Promise<Delivered>
}

/** A delivery report from the SMS provider, after its signature was checked. */
export interface SmsStatusReport {
  providerId: string
  /** The outbox id, from the reference Koers gave the provider. */
  reference: string | null
  status: 'delivered' | 'failed' | 'sent'
  reason: string | null
  at: Date
}
