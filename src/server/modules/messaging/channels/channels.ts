import type { MessagingConfig } from '../messagingConfig.js'
import { createEmailChannel } from './email.js'
import { createMessageBirdChannel } from './messagebird.js'
import type { EmailChannel, PushChannel, SmsChannel } from './types.js'
import { createWebPushChannel } from './webPush.js'

export interface Channels {
  /** null: no provider configured; the delivery worker puts these messages in the outbox viewer. */
  email: EmailChannel | null
  sms: SmsChannel | null
  push: PushChannel | null
  close(): Promise<void>
}

/** The channel adapters for the configured providers, built once at boot. */
export function createChannels(config: MessagingConfig): Channels {
  const email = config.smtp ? createEmailChannel(config.smtp) : null
  const sms = config.sms ? createMessageBirdChannel({ baseUrl: config.sms.baseUrl, accessKey: config.sms.accessKey }) : null
  const push = config.push ? createWebPushChannel(config.push) : null
  return {
    email,
    sms,
    push,
    async close() {
      await email?.close()
    },
  }
}
