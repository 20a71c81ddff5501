import crypto from 'node:crypto'
import type { Tx } from '../../db/database.js'

/**
 * Messages Koers itself sends about the client app (the invitation link, a sign-in code). They go
 * through the outbox like every message — retried, visible in the outbox viewer and on the
 * client's timeline — from built-in service templates that each organisation gets on first use.
 * The templates are archived, so they are not offered when composing a send.
 */
interface BuiltInTemplate {
  name: string
  icon: string
  texts: { language: string; title: string; body: string; smsText: string; emailSubject: string }[]
}

const builtIn = {
  invitation: {
    name: 'Koers-app: uitnodiging',
    icon: 'phone',
    texts: [
      {
        language: 'nl',
        title: 'De app van {{ organisation }}',
        body: 'Hallo {{ first_name }}. Zet de app van {{ organisation }} op je telefoon. Open deze link: {{ link }}',
        smsText: 'Hallo {{ first_name }}. Zet de app van {{ organisation }} op je telefoon: {{ link }}',
        emailSubject: 'De app van {{ organisation }}',
      },
      {
        language: 'en',
        title: 'The {{ organisation }} app',
        body: 'Hello {{ first_name }}. Put the {{ organisation }} app on your phone. Open this link: {{ link }}',
        smsText: 'Hello {{ first_name }}. Put the {{ organisation }} app on your phone: {{ link }}',
        emailSubject: 'The {{ organisation }} app',
      },
    ],
  },
  signInCode: {
    name: 'Koers-app: inlogcode',
    icon: 'info',
    texts: [
      {
        language: 'nl',
        title: 'Je code voor de app',
        body: 'Je code voor de app van {{ organisation }} is {{ code }}. De code werkt 10 minuten. Geef hem aan niemand.',
        smsText: 'Je code voor de app van {{ organisation }} is {{ code }}. De code werkt 10 minuten. Geef hem aan niemand.',
        emailSubject: 'Je code voor de app: {{ code }}',
      },
      {
        language: 'en',
        title: 'Your code for the app',
        body: 'Your code for the {{ organisation }} app is {{ code }}. It works for 10 minutes. Do not give it to anyone.',
        smsText: 'Your code for the {{ organisation }} app is {{ code }}. It works for 10 minutes. Do not give it to anyone.',
        emailSubject: 'Your code for the app: {{ code }}',
      },
    ],
  },
} satisfies Record<string, BuiltInTemplate>

export type ServiceMessageKind = keyof typeof builtIn

/** Who "sent" a message Koers sent by itself (a code the client asked for): nobody on the staff. */
export const koersItself = '00000000-0000-0000-0000-000000000000'

async function builtInTemplateId(tx: Tx, tenantId: string, kind: ServiceMessageKind): Promise<string> {
  const template = builtIn[kind]
  const existing = await tx.selectFrom('message_templates').select('id').where('name', '=', template.name).executeTakeFirst()
  if (existing) return existing.id
  const inserted = await tx
    .insertInto('message_templates')
    .values({ tenant_id: tenantId, name: template.name, category: 'service', icon: template.icon, archived: true })
    .onConflict((oc) => oc.columns(['tenant_id', 'name']).doNothing())
    .returning('id')
    .executeTakeFirst()
  if (!inserted) {
    // Created by a concurrent request a moment ago.
    return (await tx.selectFrom('message_templates').select('id').where('name', '=', template.name).executeTakeFirstOrThrow()).id
  }
  await tx
    .insertInto('message_template_texts')
    .values(
      template.texts.map((text) => ({
        tenant_id: tenantId,
        template_id: inserted.id,
        language: text.language,
        title: text.title,
        body: text.body,
        sms_text: text.smsText,
        email_subject: text.emailSubject,
      })),
    )
    .execute()
  return inserted.id
}

/**
 * Writes one urgent service message to one client on one channel into the outbox, in the
 * caller's transaction: a send of the built-in template and its single outbox row. The
 * delivery worker renders and sends it (urgent: not held back by quiet hours).
 */
export async function queueServiceMessage(
  tx: Tx,
  input: { tenantId: string; clientId: string; kind: ServiceMessageKind; channel: 'sms' | 'email'; variables: Record<string, string>; sentBy: string },
): Promise<{ sendId: string; outboxId: string }> {
  const templateId = await builtInTemplateId(tx, input.tenantId, input.kind)
  const now = new Date()
  const send = await tx
    .insertInto('message_sends')
    .values({
      tenant_id: input.tenantId,
      template_id: templateId,
      category: 'service',
      urgent: true,
      target_kind: 'clients',
      client_ids: [input.clientId],
      variables: JSON.stringify(input.variables),
      scheduled_at: now,
      status: 'sending',
      recipients: 1,
      idempotency_key: `client-app:${input.kind}:${crypto.randomUUID()}`,
      created_by: input.sentBy,
      materialised_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  const row = await tx
    .insertInto('outbox_messages')
    .values({ tenant_id: input.tenantId, send_id: send.id, client_id: input.clientId, channel: input.channel, status: 'queued' })
    .returning('id')
    .executeTakeFirstOrThrow()
  return { sendId: send.id, outboxId: row.id }
}

/** Once a code is used or void, the send no longer needs it: its variables are cleared. */
export async function forgetSendVariables(tx: Tx, sendId: string): Promise<void> {
  await tx.updateTable('message_sends').set({ variables: '{}' }).where('id', '=', sendId).execute()
}
