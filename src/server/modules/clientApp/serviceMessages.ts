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
  // A chat message while the app is closed: who wrote, never what (a lock screen is not private).
  chatMessage: {
    name: 'Koers-app: nieuw chatbericht',
    icon: 'message',
    texts: [
      {
        language: 'nl',
        title: 'Nieuw bericht',
        body: '{{ sender }} heeft je een bericht gestuurd. Open de app om het te lezen.',
        smsText: '{{ sender }} heeft je een bericht gestuurd. Open de app om het te lezen.',
        emailSubject: 'Nieuw bericht van {{ sender }}',
      },
      {
        language: 'en',
        title: 'New message',
        body: '{{ sender }} sent you a message. Open the app to read it.',
        smsText: '{{ sender }} sent you a message. Open the app to read it.',
        emailSubject: 'New message from {{ sender }}',
      },
    ],
  },
  // Self-service: the confirmation of a sick report, and the coach's decision on leave.
  sickReported: {
    name: 'Koers-app: ziekmelding ontvangen',
    icon: 'heart',
    texts: [
      {
        language: 'nl',
        title: 'Je bent ziek gemeld',
        body: 'We hebben je ziekmelding. {{ told }} weet het nu. Beterschap! Ben je weer beter? Zeg het in de app.',
        smsText: 'We hebben je ziekmelding. {{ told }} weet het nu. Beterschap!',
        emailSubject: 'Je bent ziek gemeld',
      },
      {
        language: 'en',
        title: 'You are reported sick',
        body: 'We have your sick report. {{ told }} knows now. Get well soon! Are you better? Tell us in the app.',
        smsText: 'We have your sick report. {{ told }} knows now. Get well soon!',
        emailSubject: 'You are reported sick',
      },
    ],
  },
  leaveApproved: {
    name: 'Koers-app: verlof goedgekeurd',
    icon: 'sun',
    texts: [
      {
        language: 'nl',
        title: 'Je verlof is goedgekeurd',
        body: 'Je bent vrij {% if first_day == last_day %}op {{ first_day }}{% else %}van {{ first_day }} tot en met {{ last_day }}{% endif %}.{% if note != "" %} {{ decided_by }} schreef: {{ note }}{% endif %}',
        smsText: 'Je verlof is goedgekeurd. Kijk in de app.',
        emailSubject: 'Je verlof is goedgekeurd',
      },
      {
        language: 'en',
        title: 'Your leave is approved',
        body: 'You are free {% if first_day == last_day %}on {{ first_day }}{% else %}from {{ first_day }} up to and including {{ last_day }}{% endif %}.{% if note != "" %} {{ decided_by }} wrote: {{ note }}{% endif %}',
        smsText: 'Your leave is approved. Look in the app.',
        emailSubject: 'Your leave is approved',
      },
    ],
  },
  leaveDeclined: {
    name: 'Koers-app: verlof niet goedgekeurd',
    icon: 'info',
    texts: [
      {
        language: 'nl',
        title: 'Je verlof is niet goedgekeurd',
        body: 'Je vroeg vrij {% if first_day == last_day %}op {{ first_day }}{% else %}van {{ first_day }} tot en met {{ last_day }}{% endif %}. Dat kan niet.{% if note != "" %} {{ decided_by }} schreef: {{ note }}{% endif %} Vragen? Neem contact op met {{ decided_by }}.',
        smsText: 'Je verlof is niet goedgekeurd. Kijk in de app.',
        emailSubject: 'Je verlof is niet goedgekeurd',
      },
      {
        language: 'en',
        title: 'Your leave is not approved',
        body: 'You asked to be free {% if first_day == last_day %}on {{ first_day }}{% else %}from {{ first_day }} up to and including {{ last_day }}{% endif %}. That is not possible.{% if note != "" %} {{ decided_by }} wrote: {{ note }}{% endif %} Questions? Contact {{ decided_by }}.',
        smsText: 'Your leave is not approved. Look in the app.',
        emailSubject: 'Your leave is not approved',
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
  input: { tenantId: string; clientId: string; kind: ServiceMessageKind; channel: 'app' | 'push' | 'sms' | 'email'; variables: Record<string, string>; sentBy: string },
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
