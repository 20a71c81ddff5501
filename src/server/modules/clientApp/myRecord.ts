import type { MyRecord } from '../../../common/api/myRecord.js'
import type { SecretBox } from '../../crypto/secretBox.js'
import type { Tx } from '../../db/database.js'
import { loadClientRecord } from '../clients/clientPage.js'
import { todayInAmsterdam } from '../clients/dutchFormats.js'
import { chatHistory } from '../chat/messages.js'
import { clientMessages } from '../messaging/reports.js'
import { loadMyActivity } from './myRecordActivity.js'
import { listAdditions } from './myRecordAdditions.js'

/** On screen, the register shows the last year; the downloaded file every day. */
const screenDays = 366
/** On screen, the latest page of messages; the downloaded file every message. */
type Extent = 'screen' | 'everything'
/** On screen, the latest chat messages; the downloaded file the whole conversation. */
const screenChatMessages = 20

function daysBefore(today: string, days: number): string {
  return new Date(Date.parse(`${today}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10)
}

async function loadMessages(tx: Tx, clientId: string, extent: Extent): Promise<MyRecord['messages']> {
  const messages: MyRecord['messages'] = []
  let cursor: string | undefined
  do {
    const page = await clientMessages(tx, clientId, cursor === undefined ? {} : { cursor })
    for (const m of page.messages) {
      // A message that never went out on a channel (an opt-out, no address) reached nobody.
      if (m.channel === null) continue
      const state = m.status === 'sent' || m.status === 'delivered' ? 'sent' : m.status === 'queued' || m.status === 'sending' ? 'waiting' : 'not-sent'
      messages.push({ channel: m.channel, title: m.title, body: m.body, state, createdAt: m.createdAt })
    }
    cursor = page.nextCursor ?? undefined
  } while (extent === 'everything' && cursor !== undefined)
  return messages
}

/**
 * Everything Koers keeps about the client, for the client: the record as the clients module
 * loads it for staff (with every profile value: the right of access covers them all, also those
 * only some staff roles see), the register and contacts, the messages sent, and the client's own
 * additions. Staff are named by display name; ids that mean nothing to the client are left out.
 */
export async function loadMyRecord(tx: Tx, secretBox: SecretBox, clientId: string, extent: Extent = 'screen'): Promise<MyRecord> {
  const record = await loadClientRecord(tx, secretBox, clientId, 'data-subject')
  const { client } = record
  const today = todayInAmsterdam()
  const activity = await loadMyActivity(tx, clientId, extent === 'screen' ? daysBefore(today, screenDays) : null)
  const coach = (a: NonNullable<typeof record.assignment>) => ({ coach: a.coach?.displayName ?? null, team: a.team?.name ?? null, since: a.since, until: a.until })
  const status = (s: (typeof record.statuses.history)[number]) => ({
    kind: s.kind,
    labelNl: s.labelNl,
    labelEn: s.labelEn,
    validFrom: s.validFrom,
    validTo: s.validTo,
    plannedEnd: s.plannedEnd,
    regime: s.regime,
    organisation: s.organisation,
    note: s.note,
  })
  return {
    generatedAt: new Date().toISOString(),
    aboutMe: {
      fullName: client.name.fullName,
      initials: client.name.initials,
      firstNames: client.name.firstNames,
      tussenvoegsel: client.name.tussenvoegsel,
      surname: client.name.surname,
      clientNumber: client.clientNumber,
      dateOfBirth: client.dateOfBirth,
      bsnMasked: client.bsnMasked,
      address: client.address,
      phone: client.phone,
      email: client.email,
      preferredLanguage: client.preferredLanguage,
      preferredChannel: client.preferredChannel,
    },
    coach: { current: record.assignment === null ? null : coach(record.assignment), history: record.assignmentHistory.map(coach) },
    situation: {
      phase: record.phase,
      intakeDate: client.intakeDate,
      outflowDate: client.outflowDate,
      outflowReason: client.outflowReason,
      statuses: {
        current: record.statuses.current.map(status),
        earlier: record.statuses.history.filter((s) => !record.statuses.current.some((c) => c.id === s.id)).map(status),
      },
      segments: record.segments
        .filter((scale) => scale.history.length > 0)
        .map((scale) => ({
          labelNl: scale.labelNl,
          labelEn: scale.labelEn,
          history: scale.history.map((h) => {
            const level = scale.levels.find((l) => l.value === h.value)
            return { assessedOn: h.assessedOn, value: h.value, level: level === undefined ? null : { labelNl: level.labelNl, labelEn: level.labelEn } }
          }),
        })),
      diagnosis:
        record.diagnosis === null
          ? null
          : {
              assessedOn: record.diagnosis.assessedOn,
              skills: record.diagnosis.skills,
              livingSituation: record.diagnosis.livingSituation,
              summary: record.diagnosis.summary,
              by: record.diagnosis.recordedBy?.displayName ?? null,
            },
      developmentCard: record.developmentCard,
      profile: record.profile.flatMap((p) =>
        p.value === null || p.recordedAt === null
          ? []
          : [{ labelNl: p.labelNl, labelEn: p.labelEn, valueType: p.valueType, options: p.options, value: p.value, recordedAt: p.recordedAt }],
      ),
    },
    plan: {
      agreedOn: record.plan.agreedOn,
      reviewOn: record.plan.reviewOn,
      goals: record.plan.goals.map((g) => ({ id: g.id, description: g.description, targetDate: g.targetDate, status: g.status })),
      steps: record.plan.steps.map((s) => ({ goalId: s.goalId, description: s.description, responsible: s.responsible, dueDate: s.dueDate, status: s.status })),
    },
    interventions: record.interventions.map((i) => ({
      labelNl: i.labelNl,
      labelEn: i.labelEn,
      status: i.status,
      startDate: i.startDate,
      endDate: i.endDate,
      outcome: i.outcome,
      outcomeNote: i.outcomeNote,
    })),
    attendance: activity.attendance,
    contacts: activity.contacts,
    notes: record.notes.map((n) => ({ body: n.body, by: n.author?.displayName ?? null, createdAt: n.createdAt })),
    messages: await loadMessages(tx, clientId, extent),
    chat: (await chatHistory(tx, clientId, extent === 'screen' ? screenChatMessages : null)).map((m) => ({
      fromMe: m.author === 'client',
      by: m.authorName,
      body: m.body,
      attachment: m.attachment?.fileName ?? null,
      sentAt: m.sentAt,
    })),
    additions: await listAdditions(tx, clientId),
  }
}
