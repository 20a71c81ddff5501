import type { AppContext } from '../appContext.js'
import { inTenant } from '../db/database.js'
import { seededRandom } from './random.js'

/** What clients ask, and how coaches answer: short, everyday, plain Dutch. */
const questions = [
  'Hoi, ik ben vandaag ziek. Kan ik morgen komen?',
  'Hoe laat begint de training op maandag?',
  'Ik heb een brief gekregen maar ik snap hem niet.',
  'Mag ik een foto van mijn loonstrook sturen?',
  'Wanneer is mijn volgende afspraak?',
  'Ik heb een sollicitatiegesprek gehad!',
  'Mijn fiets is kapot. Ik kom wat later.',
  'Kunt u mij bellen?',
]
const answers = [
  'Dank je voor je bericht. Beterschap! We bellen morgen even.',
  'De training begint om 9.00 uur. Neem je pasje mee.',
  'Stuur maar een foto van de brief, dan kijk ik mee.',
  'Je afspraak is donderdag om 10.00 uur.',
  'Goed gedaan! Hoe ging het?',
  'Ik bel je vanmiddag.',
]
const quickReplies = [
  { label: 'Ik bel je', body: 'Ik bel je vandaag nog. Houd je telefoon bij de hand.', position: 1 },
  { label: 'Beterschap', body: 'Beterschap! Laat je weten wanneer je weer kunt komen?', position: 2 },
  { label: 'Stuur een foto', body: 'Stuur een foto van de brief, dan kijk ik mee.', position: 3 },
]

/**
 * The demo's chat: the organisation's quick replies and a dozen conversations of the first
 * coach's clients from the last days — some answered, some still waiting — so the inbox shows
 * what it is for on a first start.
 */
export async function seedDemoChats(ctx: AppContext, tenantId: string, seed: number): Promise<void> {
  const random = seededRandom(seed + 77)
  await inTenant(ctx.db, { tenantId }, async (tx) => {
    const existing = await tx.selectFrom('chat_quick_replies').select('id').executeTakeFirst()
    if (existing) return
    await tx.insertInto('chat_quick_replies').values(quickReplies.map((q) => ({ tenant_id: tenantId, ...q }))).execute()
    const coach = await tx
      .selectFrom('users as u')
      .innerJoin('user_roles as r', (join) => join.onRef('r.tenant_id', '=', 'u.tenant_id').onRef('r.user_id', '=', 'u.id'))
      .select('u.id')
      .where('r.role', '=', 'coach')
      .orderBy('u.username')
      .executeTakeFirst()
    if (!coach) return
    const clients = await tx
      .selectFrom('client_assignments')
      .select('client_id')
      .where('coach_id', '=', coach.id)
      .where('valid_to', 'is', null)
      .orderBy('client_id')
      .limit(12)
      .execute()
    const now = Date.now()
    for (const [index, { client_id: clientId }] of clients.entries()) {
      const start = now - random.int(1, 72) * 3600_000
      const messages: { author: 'client' | 'staff'; body: string; at: Date }[] = [{ author: 'client', body: random.pick(questions), at: new Date(start) }]
      // Two in three are answered; the rest wait, some for longer than the signal's threshold.
      if (index % 3 !== 0) messages.push({ author: 'staff', body: random.pick(answers), at: new Date(start + random.int(5, 120) * 60_000) })
      if (index % 3 === 1) messages.push({ author: 'client', body: 'Dank u wel!', at: new Date(start + 150 * 60_000) })
      const inserted = messages.filter((m) => m.at.getTime() < now)
      await tx
        .insertInto('chat_messages')
        .values(
          inserted.map((m, i) => ({
            tenant_id: tenantId,
            client_id: clientId,
            author: m.author,
            author_user_id: m.author === 'staff' ? coach.id : null,
            body: m.body,
            client_key: `demo-${index}-${i}`,
            sent_at: m.at,
            read_at: i < inserted.length - 1 || m.author === 'staff' ? new Date(m.at.getTime() + 60_000) : null,
          })),
        )
        .execute()
      const last = inserted.at(-1)!
      const waitingSince = last.author === 'client' ? last.at : null
      await tx
        .insertInto('chat_conversations')
        .values({
          tenant_id: tenantId,
          client_id: clientId,
          last_message_at: last.at,
          last_author: last.author,
          waiting_since: waitingSince,
          unread_by_staff: last.author === 'client' ? 1 : 0,
          unread_by_client: 0,
        })
        .execute()
    }
  })
}
