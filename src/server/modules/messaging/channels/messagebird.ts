import { ProviderError, type Delivered, type SmsChannel, type SmsMessage } from './types.js'

export interface MessageBirdChannelConfig {
  /** https://rest.messagebird.com, or a stand-in speaking the same API. */
  baseUrl: string
  accessKey: string
  /** How long to wait for MessageBird's answer (default 10 s). */
  timeoutMs?: number
}

/** An error in MessageBird's answer body: `{ "errors": [{ "code": 9, "description": "…", "parameter": "recipients" }] }`. */
interface MessageBirdError {
  code?: number
  description?: string
  parameter?: string | null
}

const E164 = /^\+[1-9]\d{6,14}$/

/**
 * SMS through MessageBird's SMS API (`POST /messages`, `Authorization: AccessKey …`). The outbox
 * id travels as the message's `reference`, which MessageBird sends back in every status report.
 */
export function createMessageBirdChannel(config: MessageBirdChannelConfig): SmsChannel {
  const endpoint = `${config.baseUrl.replace(/\/+$/, '')}/messages`
  const timeoutMs = config.timeoutMs ?? 10_000

  return {
    provider: 'messagebird',
    async send(message: SmsMessage): Promise<Delivered> {
      if (!E164.test(message.to)) throw new ProviderError('The phone number is not in international format (E.164).', false, true)
      let response: Response
      try {
        response = await fetch(endpoint, {
          method: 'POST',
          headers: {
            Authorization: `AccessKey ${config.accessKey}`,
            'Content-Type': 'application/json',
            Accept: 'application/json',
          },
          body: JSON.stringify({
            originator: message.originator,
            recipients: [message.to.slice(1)],
            body: message.body,
            reference: message.outboxId,
            reportUrl: message.reportUrl,
            datacoding: 'auto',
          }),
          signal: AbortSignal.timeout(timeoutMs),
        })
      } catch (error) {
        throw new ProviderError(unreachable(error, timeoutMs), true)
      }

      const body = await readJson(response)
      if (response.status === 201) {
        // Accepted: never report a failure from here on, or a retry would send the SMS twice.
        const id = (body as { id?: unknown } | null)?.id
        return { providerId: typeof id === 'string' && id !== '' ? id : null }
      }
      throw refusal(response.status, body)
    },
  }
}

function refusal(status: number, body: unknown): ProviderError {
  const errors = Array.isArray((body as { errors?: unknown } | null)?.errors) ? ((body as { errors: MessageBirdError[] }).errors) : []
  const detail = errors
    .map((e) => `${e.description ?? 'error'} (code ${e.code ?? '?'}${e.parameter ? `, parameter ${e.parameter}` : ''})`)
    .join('; ')
  const text = `MessageBird answered ${status}${detail ? `: ${detail}` : ''}.`
  // 402: out of balance; 408/429: slow down; 5xx: MessageBird's trouble. All pass with time.
  if (status === 402 || status === 408 || status === 429 || status >= 500) return new ProviderError(text, true)
  const badRecipient = status === 422 && errors.some((e) => e.parameter === 'recipients' || e.parameter === 'recipient')
  return new ProviderError(text, false, badRecipient)
}

function unreachable(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return `MessageBird did not answer within ${timeoutMs} ms.`
  }
  const cause = (error as { cause?: { code?: string } } | null)?.cause?.code
  return `MessageBird could not be reached (${cause ?? (error instanceof Error ? error.message : 'unknown error')}).`
}

async function readJson(response: Response): Promise<unknown> {
  try {
    const text = await response.text()
    return text ? (JSON.parse(text) as unknown) : null
  } catch {
    return null
  }
}
