import crypto from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addDays } from '../src/server/modules/attendance/scheduledDays.js'
import { todayInAmsterdam } from '../src/server/modules/clients/dutchFormats.js'
import { deliverDueMessages } from '../src/server/modules/messaging/delivery.js'
import { createTestTenant, signedInClientDevice, signIn, startTestApp, type TestApp, type TestClient } from './support/testApp.js'
import { databasesUnderTest } from './support/testDatabase.js'

/** The smallest real PNG: one transparent pixel. */
const pixelPng = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64')
const dataUrl = (mediaType: string, bytes: Buffer) => `data:${mediaType};base64,${bytes.toString('base64')}`

interface Notification {
  id: string
  kind: string
  read: boolean
  client: { id: string; clientNumber: string; name: string } | null
  details: Record<string, unknown>
}

describe.each(databasesUnderTest())('self-service in the client app on $name', (database) => {
  let t: TestApp
  let tenant: Awaited<ReturnType<typeof createTestTenant>>
  let coach: TestClient
  let admin: TestClient
  let coachId: string
  let coachName: string
  const today = todayInAmsterdam()
  const day = (offset: number) => addDays(today, offset)

  const owner = (text: string, values: unknown[] = []) => t.ctx.db.owner.query(text, values)
  const deliver = () => deliverDueMessages(t.ctx, { email: null, sms: null, push: null })
  const register = async (by: TestClient, firstNames: string, extra: Record<string, unknown> = {}) => {
    const response = await by.request('POST', '/api/v1/clients', { firstNames, surname: 'Bakker', ...extra })
    expect(response.statusCode, response.body).toBe(201)
    return response.json<{ id: string }>().id
  }
  /** Every day of the week, from today: today is always a scheduled day. */
  const scheduleEveryDay = async (clientId: string, details: Record<string, string> = {}) => {
    const response = await coach.request('POST', `/api/v1/clients/${clientId}/attendance-schedules`, {
      location: 'Werkleercentrum Noord',
      weekdays: [1, 2, 3, 4, 5, 6, 7],
      startsAt: '08:30',
      endsAt: '16:00',
      validFrom: today,
      ...details,
    })
    expect(response.statusCode, response.body).toBe(201)
    return response.json<{ id: string }>().id
  }
  const notifications = async (by: TestClient) => {
    const response = await by.request('GET', '/api/v1/notifications')
    expect(response.statusCode, response.body).toBe(200)
    return response.json<{ notifications: Notification[]; unread: number }>()
  }
  const inbox = async (device: TestClient) => (await device.request('GET', '/api/v1/me/messages')).json<{ messages: { title: string; body: string }[] }>().messages
  const currentAttendance = async (clientId: string) =>
    (await owner(`SELECT day::text AS day, status, source FROM attendance_records WHERE client_id = $1 AND superseded_at IS NULL ORDER BY day`, [clientId])).rows as { day: string; status: string; source: string }[]

  beforeAll(async () => {
    t = await startTestApp(database)
    tenant = await createTestTenant(t.ctx, 2)
    coach = await signIn(t.app, tenant.slug, tenant.coach)
    admin = await signIn(t.app, tenant.slug, tenant.admin)
    const session = (await coach.request('GET', '/api/v1/session')).json<{ user: { id: string; displayName: string } }>()
    coachId = session.user.id
    coachName = session.user.displayName
  })
  afterAll(async () => {
    await t?.close()
  })

  it('shows the client their coach’s contact card, kept by the coach (or an admin), with the photo', async () => {
    const card = await coach.request('PUT', `/api/v1/users/${coachId}/contact-card`, { phone: '06-12345678', availability: 'Maandag tot en met donderdag, 9.00 tot 17.00 uur' })
    expect(card.statusCode, card.body).toBe(200)
    expect(card.json()).toEqual(expect.objectContaining({ phone: '+31612345678', availability: 'Maandag tot en met donderdag, 9.00 tot 17.00 uur', photoUrl: null }))
    const photo = await coach.request('PUT', `/api/v1/users/${coachId}/photo`, { photo: dataUrl('image/png', pixelPng) })
    expect(photo.statusCode, photo.body).toBe(200)
    expect(photo.json<{ photoUrl: string }>().photoUrl).toMatch(new RegExp(`^/api/v1/users/${coachId}/photo\\?v=\\d+$`))

    // Not the photo it claims to be, too large, or a number that is none: refused.
    const fake = await coach.request('PUT', `/api/v1/users/${coachId}/photo`, { photo: dataUrl('image/jpeg', pixelPng) })
    expect(fake.statusCode).toBe(400)
    expect(fake.headers['content-type']).toContain('application/problem+json')
    expect(fake.json().code).toBe('invalid-photo')
    const large = Buffer.concat([pixelPng, Buffer.alloc(301 * 1024)])
    expect((await coach.request('PUT', `/api/v1/users/${coachId}/photo`, { photo: dataUrl('image/png', large) })).json().code).toBe('photo-too-large')
    expect((await coach.request('PUT', `/api/v1/users/${coachId}/photo`, { photo: dataUrl('image/gif', pixelPng) })).statusCode).toBe(400)
    const badPhone = await coach.request('PUT', `/api/v1/users/${coachId}/contact-card`, { phone: 'bel me', availability: null })
    expect(badPhone.statusCode).toBe(400)
    expect(badPhone.json().code).toBe('invalid-phone')

    // Another coach may not change this card; an admin may.
    const colleague = tenant.credentials.find((c) => c.roles.includes('coach') && c.totpSecret !== null && c.username !== tenant.coach.username)!
    const other = await signIn(t.app, tenant.slug, colleague)
    expect((await other.request('PUT', `/api/v1/users/${coachId}/contact-card`, { phone: null, availability: null })).statusCode).toBe(403)
    expect((await other.request('GET', `/api/v1/users/${coachId}/contact-card`)).statusCode).toBe(403)
    const byAdmin = await admin.request('GET', `/api/v1/users/${coachId}/contact-card`)
    expect(byAdmin.statusCode).toBe(200)
    expect(byAdmin.json().phone).toBe('+31612345678')
    // Colleagues see the photo in the staff app.
    const staffPhoto = await other.request('GET', photo.json<{ photoUrl: string }>().photoUrl)
    expect(staffPhoto.statusCode).toBe(200)
    expect(staffPhoto.rawPayload.equals(pixelPng)).toBe(true)

    const clientId = await register(coach, 'Sem')
    const app = await signedInClientDevice(t, tenant.id, clientId)
    const mine = await app.request('GET', '/api/v1/me/coach')
    expect(mine.statusCode, mine.body).toBe(200)
    const view = mine.json<{ coach: { name: string; phone: string; email: string | null; availability: string; photoUrl: string }; team: { name: string; contacts: { name: string }[] }; organisation: string }>()
    expect(view.coach).toEqual(expect.objectContaining({ name: coachName, phone: '+31612345678', availability: 'Maandag tot en met donderdag, 9.00 tot 17.00 uur' }))
    expect(view.team.name).toBe('Team Werk')
    const image = await app.request('GET', view.coach.photoUrl)
    expect(image.statusCode).toBe(200)
    expect(image.headers['content-type']).toBe('image/png')
    expect(image.rawPayload.equals(pixelPng)).toBe(true)

    const audit = await owner(`SELECT actor_type, actor_id FROM audit_events WHERE action = 'client-app.coach-read' AND data_subject_id = $1`, [clientId])
    expect(audit.rows).toEqual([{ actor_type: 'client', actor_id: clientId }])
  })

  it('shows the team and its leads when the coach has left, and tells the leads of a sick report', async () => {
    const ownTenant = await createTestTenant(t.ctx, 2)
    const leadCoach = await signIn(t.app, ownTenant.slug, ownTenant.coach)
    const ownAdmin = await signIn(t.app, ownTenant.slug, ownTenant.admin)
    const manager = await signIn(t.app, ownTenant.slug, ownTenant.manager)
    const users = (await ownAdmin.request('GET', '/api/v1/users')).json<{ users: { id: string; username: string; displayName: string; roles: string[]; active: boolean }[] }>().users
    const leaving = users.find((u) => u.roles.includes('coach') && u.username !== ownTenant.coach.username && u.active)!
    const clientId = await register(leadCoach, 'Noor', { coachId: leaving.id })
    const app = await signedInClientDevice(t, ownTenant.id, clientId)
    expect((await app.request('GET', '/api/v1/me/coach')).json().coach.name).toBe(leaving.displayName)

    expect((await ownAdmin.request('PATCH', `/api/v1/users/${leaving.id}`, { active: false })).statusCode).toBe(200)
    const view = (await app.request('GET', '/api/v1/me/coach')).json<{ coach: unknown; team: { name: string; contacts: { name: string }[] } }>()
    expect(view.coach).toBeNull()
    expect(view.team.name).toBe('Team Werk')
    expect(view.team.contacts.map((c) => c.name).sort()).toEqual([ownTenant.coach.displayName, ownTenant.manager.displayName].sort())
    expect((await app.request('GET', '/api/v1/me/coach/photo')).statusCode).toBe(404)

    const sick = await app.request('POST', '/api/v1/me/sick-reports')
    expect(sick.statusCode, sick.body).toBe(201)
    expect(sick.json().told).toEqual({ kind: 'team', name: 'Team Werk' })
    for (const lead of [leadCoach, manager]) {
      expect((await notifications(lead)).notifications).toContainEqual(expect.objectContaining({ kind: 'client.reported-sick', client: expect.objectContaining({ id: clientId, name: 'Noor Bakker' }) }))
    }
  })

  it('tells the client where to be in the coming two weeks, with what to bring and wear, and the coming appointments', async () => {
    const clientId = await register(coach, 'Lotte')
    const scheduleId = await scheduleEveryDay(clientId, { address: 'Industrieweg 12, Groningen', activity: 'Inpakken in de kas', whatToBring: 'Je pasje en een lunch' })
    const change = await coach.request('PATCH', `/api/v1/clients/${clientId}/attendance-schedules/${scheduleId}`, { whatToWear: 'Werkschoenen en oude kleren' })
    expect(change.statusCode, change.body).toBe(204)
    const intervention = await coach.request('POST', `/api/v1/clients/${clientId}/interventions`, { typeCode: 'job_application_training', status: 'planned', startDate: day(3) })
    expect(intervention.statusCode, intervention.body).toBe(201)
    await coach.request('POST', `/api/v1/clients/${clientId}/interventions`, { typeCode: 'intake', status: 'completed', startDate: day(-20), endDate: day(-20) })

    const app = await signedInClientDevice(t, tenant.id, clientId)
    const response = await app.request('GET', '/api/v1/me/schedule')
    expect(response.statusCode, response.body).toBe(200)
    const schedule = response.json<{ from: string; to: string; days: Record<string, unknown>[]; appointments: { day: string; labelNl: string }[]; sick: boolean }>()
    expect(schedule.from).toBe(today)
    expect(schedule.to).toBe(day(14))
    expect(schedule.days).toHaveLength(15)
    expect(schedule.days[0]).toEqual({
      day: today,
      location: 'Werkleercentrum Noord',
      address: 'Industrieweg 12, Groningen',
      startsAt: '08:30',
      endsAt: '16:00',
      activity: 'Inpakken in de kas',
      whatToBring: 'Je pasje en een lunch',
      whatToWear: 'Werkschoenen en oude kleren',
      status: null,
    })
    expect(schedule.appointments).toEqual([expect.objectContaining({ day: day(3), labelNl: 'Sollicitatietraining' })])
    expect(schedule.sick).toBe(false)

    // The change is on the timeline, so the staff page shows it.
    const events = await owner(`SELECT data FROM client_events WHERE client_id = $1 AND kind = 'attendance.schedule-changed'`, [clientId])
    expect(events.rows).toEqual([{ data: expect.objectContaining({ scheduleId, whatToWear: 'Werkschoenen en oude kleren', address: 'Industrieweg 12, Groningen' }) }])
  })

  it('reports sick in one request: the register, the timeline, the coach and a confirmation in the app; a second tap changes nothing', async () => {
    const clientId = await register(coach, 'Daan')
    await scheduleEveryDay(clientId)
    const app = await signedInClientDevice(t, tenant.id, clientId)
    const before = await notifications(coach)

    const first = await app.request('POST', '/api/v1/me/sick-reports')
    expect(first.statusCode, first.body).toBe(201)
    expect(first.json()).toEqual(expect.objectContaining({ firstDay: today, alreadyReported: false, scheduledToday: true, told: { kind: 'coach', name: coachName } }))

    // The register shows today as sick, reported by the client.
    expect(await currentAttendance(clientId)).toEqual([{ day: today, status: 'sick', source: 'client' }])
    const registerToday = (await coach.request('GET', `/api/v1/attendance-register?day=${today}`)).json<{ rows: { clientId: string; status: string | null }[] }>()
    expect(registerToday.rows.find((r) => r.clientId === clientId)?.status).toBe('sick')

    // The coach has a notification, unread, naming the client.
    const after = await notifications(coach)
    expect(after.unread).toBe(before.unread + 1)
    const notification = after.notifications.find((n) => n.kind === 'client.reported-sick' && n.client?.id === clientId)!
    expect(notification).toEqual(expect.objectContaining({ read: false, client: expect.objectContaining({ name: 'Daan Bakker' }), details: expect.objectContaining({ firstDay: today }) }))

    // The timeline says the client did it; the app confirms it in the inbox.
    const timeline = await owner(`SELECT kind, actor_id FROM client_events WHERE client_id = $1 AND kind IN ('client.reported-sick', 'attendance.recorded') ORDER BY kind`, [clientId])
    expect(timeline.rows).toEqual([
      { kind: 'attendance.recorded', actor_id: null },
      { kind: 'client.reported-sick', actor_id: null },
    ])
    await deliver()
    const messages = await inbox(app)
    expect(messages).toEqual([expect.objectContaining({ title: 'Je bent ziek gemeld', body: expect.stringContaining(`${coachName} weet het nu.`) })])

    // The second tap: the same report, nothing new anywhere.
    const second = await app.request('POST', '/api/v1/me/sick-reports')
    expect(second.statusCode).toBe(200)
    expect(second.json()).toEqual(expect.objectContaining({ id: first.json().id, alreadyReported: true, told: { kind: 'coach', name: coachName } }))
    expect((await notifications(coach)).unread).toBe(before.unread + 1)
    const records = await owner(`SELECT count(*)::int AS n FROM attendance_records WHERE client_id = $1`, [clientId])
    expect(records.rows[0].n).toBe(1)
    await deliver()
    expect(await inbox(app)).toHaveLength(1)

    const schedule = (await app.request('GET', '/api/v1/me/schedule')).json<{ days: { day: string; status: string | null }[]; sick: boolean }>()
    expect(schedule.sick).toBe(true)
    expect(schedule.days[0]!.status).toBe('sick')
    expect(schedule.days[1]!.status).toBe('sick')

    // Reading a notification; someone else's is not found.
    expect((await coach.request('POST', `/api/v1/notifications/${notification.id}/read`)).statusCode).toBe(204)
    expect((await notifications(coach)).unread).toBe(before.unread)
    expect((await admin.request('POST', `/api/v1/notifications/${notification.id}/read`)).statusCode).toBe(404)

    // Better again: the report ends, the coach hears it; a second time changes nothing.
    const better = await app.request('POST', '/api/v1/me/sick-reports/recovered')
    expect(better.statusCode, better.body).toBe(200)
    expect(better.json()).toEqual({ recoveredOn: today, wasSick: true, told: { kind: 'coach', name: coachName } })
    expect((await notifications(coach)).notifications).toContainEqual(expect.objectContaining({ kind: 'client.recovered', client: expect.objectContaining({ id: clientId }) }))
    expect((await app.request('POST', '/api/v1/me/sick-reports/recovered')).json().wasSick).toBe(false)
    expect((await app.request('GET', '/api/v1/me/schedule')).json<{ days: { status: string | null }[] }>().days[1]!.status).toBeNull()

    const audit = await owner(`SELECT action, actor_type FROM audit_events WHERE data_subject_id = $1 AND action LIKE 'client-app.%' ORDER BY occurred_at`, [clientId])
    expect(audit.rows.map((r) => `${r.actor_type}:${r.action}`)).toEqual(
      expect.arrayContaining(['client:client-app.sick-report', 'client:client-app.schedule-read', 'client:client-app.recovered']),
    )
  })

  it('asks for leave; the coach sees it, approves one (leave in the register) and declines another; the client sees the decisions', async () => {
    const clientId = await register(coach, 'Fenna')
    await scheduleEveryDay(clientId)
    const app = await signedInClientDevice(t, tenant.id, clientId)

    const asked = await app.request('POST', '/api/v1/me/leave-requests', { firstDay: day(2), lastDay: day(4), reason: 'Bruiloft van mijn zus' })
    expect(asked.statusCode, asked.body).toBe(201)
    expect(asked.json()).toEqual({
      leaveRequest: expect.objectContaining({ firstDay: day(2), lastDay: day(4), status: 'requested', reason: 'Bruiloft van mijn zus', scheduledDays: 3 }),
      told: { kind: 'coach', name: coachName },
    })
    const leaveRequestId = asked.json<{ leaveRequest: { id: string } }>().leaveRequest.id
    expect((await app.request('GET', '/api/v1/me/schedule')).json<{ days: { day: string; status: string | null }[] }>().days.filter((d) => d.status === 'leave-requested').map((d) => d.day)).toEqual([day(2), day(3), day(4)])
    expect((await notifications(coach)).notifications).toContainEqual(expect.objectContaining({ kind: 'client.leave-requested', client: expect.objectContaining({ id: clientId }), details: expect.objectContaining({ firstDay: day(2), lastDay: day(4) }) }))

    // Overlapping leave is refused while the first is open.
    const overlap = await app.request('POST', '/api/v1/me/leave-requests', { firstDay: day(4) })
    expect(overlap.statusCode).toBe(409)
    expect(overlap.json().code).toBe('leave-overlaps')

    const list = await coach.request('GET', `/api/v1/clients/${clientId}/leave-requests`)
    expect(list.statusCode).toBe(200)
    expect(list.json().leaveRequests).toEqual([expect.objectContaining({ id: leaveRequestId, status: 'requested', decidedBy: null })])

    const approved = await coach.request('POST', `/api/v1/clients/${clientId}/leave-requests/${leaveRequestId}/decision`, { decision: 'approved', note: 'Veel plezier!' })
    expect(approved.statusCode, approved.body).toBe(200)
    expect(approved.json()).toEqual(expect.objectContaining({ status: 'approved', decisionNote: 'Veel plezier!', decidedBy: { id: coachId, displayName: coachName } }))
    expect(await currentAttendance(clientId)).toEqual([day(2), day(3), day(4)].map((d) => ({ day: d, status: 'leave', source: 'register' })))
    const again = await coach.request('POST', `/api/v1/clients/${clientId}/leave-requests/${leaveRequestId}/decision`, { decision: 'declined' })
    expect(again.statusCode).toBe(409)
    expect(again.json().code).toBe('already-decided')

    // A single day, declined: nothing in the register.
    const single = await app.request('POST', '/api/v1/me/leave-requests', { firstDay: day(9) })
    expect(single.statusCode, single.body).toBe(201)
    const singleId = single.json<{ leaveRequest: { id: string; lastDay: string } }>().leaveRequest.id
    expect(single.json().leaveRequest.lastDay).toBe(day(9))
    const declined = await coach.request('POST', `/api/v1/clients/${clientId}/leave-requests/${singleId}/decision`, { decision: 'declined' })
    expect(declined.statusCode, declined.body).toBe(200)
    expect((await currentAttendance(clientId)).map((r) => r.day)).not.toContain(day(9))

    const mine = (await app.request('GET', '/api/v1/me/leave-requests')).json<{ leaveRequests: Record<string, unknown>[] }>().leaveRequests
    expect(mine.map((r) => [r.firstDay, r.status, r.decisionNote])).toEqual([
      [day(9), 'declined', null],
      [day(2), 'approved', 'Veel plezier!'],
    ])
    expect(mine[0]).not.toHaveProperty('decidedBy')

    await deliver()
    const messages = await inbox(app)
    const shown = (d: string) => d.split('-').reverse().join('-')
    expect(messages).toContainEqual(expect.objectContaining({ title: 'Je verlof is goedgekeurd', body: `Je bent vrij van ${shown(day(2))} tot en met ${shown(day(4))}. ${coachName} schreef: Veel plezier!` }))
    expect(messages).toContainEqual(expect.objectContaining({ title: 'Je verlof is niet goedgekeurd', body: `Je vroeg vrij op ${shown(day(9))}. Dat kan niet. Vragen? Neem contact op met ${coachName}.` }))

    const timeline = await owner(`SELECT kind, data->>'decision' AS decision FROM client_events WHERE client_id = $1 AND kind LIKE 'leave.%' ORDER BY occurred_at`, [clientId])
    expect(timeline.rows).toEqual([
      { kind: 'leave.requested', decision: null },
      { kind: 'leave.decided', decision: 'approved' },
      { kind: 'leave.requested', decision: null },
      { kind: 'leave.decided', decision: 'declined' },
    ])
    const audit = await owner(`SELECT actor_type, actor_id FROM audit_events WHERE action = 'client.leave-decision' AND data_subject_id = $1`, [clientId])
    expect(audit.rows).toEqual([
      { actor_type: 'user', actor_id: coachId },
      { actor_type: 'user', actor_id: coachId },
    ])
  })

  it('withdraws a request while it waits, and approved leave before it begins (its register days taken back, a correction kept); the coach is told; twice is the same', async () => {
    const clientId = await register(coach, 'Ilse')
    await scheduleEveryDay(clientId)
    const app = await signedInClientDevice(t, tenant.id, clientId)
    const ask = async (body: Record<string, unknown>) => {
      const response = await app.request('POST', '/api/v1/me/leave-requests', body)
      expect(response.statusCode, response.body).toBe(201)
      return response.json<{ leaveRequest: { id: string; mayWithdraw: boolean } }>().leaveRequest
    }
    const withdraw = (id: string, by: TestClient = app) => by.request('POST', `/api/v1/me/leave-requests/${id}/withdrawal`)
    const leaveNotifications = async () => (await notifications(coach)).notifications.filter((n) => n.kind === 'client.leave-withdrawn' && n.client?.id === clientId)

    // Waiting for the coach: withdrawn at once, nothing left on the schedule.
    const waiting = await ask({ firstDay: day(6), lastDay: day(7), reason: 'Verhuizing' })
    expect(waiting.mayWithdraw).toBe(true)
    const first = await withdraw(waiting.id)
    expect(first.statusCode, first.body).toBe(200)
    expect(first.json()).toEqual({
      leaveRequest: expect.objectContaining({ id: waiting.id, status: 'withdrawn', withdrawnAt: expect.any(String), decidedAt: null, mayWithdraw: false }),
      told: { kind: 'coach', name: coachName },
    })
    expect((await app.request('GET', '/api/v1/me/schedule')).json<{ days: { status: string | null }[] }>().days.filter((d) => d.status === 'leave-requested')).toEqual([])
    expect(await leaveNotifications()).toEqual([
      expect.objectContaining({ read: false, client: expect.objectContaining({ name: 'Ilse Bakker' }), details: expect.objectContaining({ firstDay: day(6), lastDay: day(7), wasApproved: false, leaveDaysWithdrawn: 0 }) }),
    ])

    // A second time: the same answer, nobody told again.
    const again = await withdraw(waiting.id)
    expect(again.statusCode, again.body).toBe(200)
    expect(again.json()).toEqual(first.json())
    expect(await leaveNotifications()).toHaveLength(1)

    // The coach cannot decide on it any more; the staff list shows it withdrawn.
    const decide = await coach.request('POST', `/api/v1/clients/${clientId}/leave-requests/${waiting.id}/decision`, { decision: 'approved' })
    expect(decide.statusCode).toBe(409)
    expect(decide.headers['content-type']).toContain('application/problem+json')
    expect(decide.json().code).toBe('leave-withdrawn')
    expect((await currentAttendance(clientId)).map((r) => r.day)).not.toContain(day(6))
    const staffList = (await coach.request('GET', `/api/v1/clients/${clientId}/leave-requests`)).json<{ leaveRequests: Record<string, unknown>[] }>().leaveRequests
    expect(staffList).toEqual([expect.objectContaining({ id: waiting.id, status: 'withdrawn', decidedBy: null, withdrawnAt: expect.any(String) })])

    // The same days may be asked for again.
    const approvedLeave = await ask({ firstDay: day(2), lastDay: day(4) })
    expect((await coach.request('POST', `/api/v1/clients/${clientId}/leave-requests/${approvedLeave.id}/decision`, { decision: 'approved' })).statusCode).toBe(200)
    expect(await currentAttendance(clientId)).toEqual([day(2), day(3), day(4)].map((d) => ({ day: d, status: 'leave', source: 'register' })))
    // The register is corrected on one of the days: that entry is not the approval's.
    expect((await coach.request('PUT', `/api/v1/attendance-register/${day(3)}/${clientId}`, { status: 'absent_with_notice', note: 'Tandarts' })).statusCode).toBe(204)
    expect((await app.request('GET', '/api/v1/me/leave-requests')).json<{ leaveRequests: { id: string; mayWithdraw: boolean }[] }>().leaveRequests.find((r) => r.id === approvedLeave.id)?.mayWithdraw).toBe(true)

    const withdrawnLeave = await withdraw(approvedLeave.id)
    expect(withdrawnLeave.statusCode, withdrawnLeave.body).toBe(200)
    expect(withdrawnLeave.json().leaveRequest).toEqual(expect.objectContaining({ status: 'withdrawn', decidedAt: expect.any(String), mayWithdraw: false }))
    expect(await currentAttendance(clientId)).toEqual([{ day: day(3), status: 'absent_with_notice', source: 'register' }])
    const registerDay2 = (await coach.request('GET', `/api/v1/attendance-register?day=${day(2)}`)).json<{ rows: { clientId: string; status: string | null }[] }>()
    expect(registerDay2.rows.find((r) => r.clientId === clientId)?.status).toBeNull()
    // The history keeps the leave that was recorded.
    const history = await owner(`SELECT day::text AS day, status FROM attendance_records WHERE client_id = $1 AND superseded_at IS NOT NULL ORDER BY day`, [clientId])
    expect(history.rows).toEqual([day(2), day(3), day(4)].map((d) => ({ day: d, status: 'leave' })))
    expect((await app.request('GET', '/api/v1/me/schedule')).json<{ days: { day: string; status: string | null }[] }>().days.filter((d) => d.status === 'leave').map((d) => d.day)).toEqual([])
    expect(await leaveNotifications()).toContainEqual(expect.objectContaining({ details: expect.objectContaining({ firstDay: day(2), lastDay: day(4), wasApproved: true, leaveDaysWithdrawn: 2 }) }))

    const timeline = await owner(`SELECT kind, actor_id, data->>'wasApproved' AS approved FROM client_events WHERE client_id = $1 AND kind = 'leave.withdrawn' ORDER BY occurred_at`, [clientId])
    expect(timeline.rows).toEqual([
      { kind: 'leave.withdrawn', actor_id: null, approved: 'false' },
      { kind: 'leave.withdrawn', actor_id: null, approved: 'true' },
    ])
    const audit = await owner(`SELECT actor_type, actor_id, attributes->>'alreadyWithdrawn' AS again FROM audit_events WHERE action = 'client-app.leave-withdrawal' AND data_subject_id = $1 ORDER BY occurred_at`, [clientId])
    expect(audit.rows).toEqual([
      { actor_type: 'client', actor_id: clientId, again: 'false' },
      { actor_type: 'client', actor_id: clientId, again: 'true' },
      { actor_type: 'client', actor_id: clientId, again: 'false' },
    ])
  })

  it('refuses to withdraw leave that has begun or was declined (409), and someone else’s request (404)', async () => {
    const clientId = await register(coach, 'Joris')
    await scheduleEveryDay(clientId)
    const app = await signedInClientDevice(t, tenant.id, clientId)
    const askAndDecide = async (body: Record<string, unknown>, decision: 'approved' | 'declined') => {
      const id = (await app.request('POST', '/api/v1/me/leave-requests', body)).json<{ leaveRequest: { id: string } }>().leaveRequest.id
      expect((await coach.request('POST', `/api/v1/clients/${clientId}/leave-requests/${id}/decision`, { decision })).statusCode).toBe(200)
      return id
    }
    const started = await askAndDecide({ firstDay: today, lastDay: day(1) }, 'approved')
    const declined = await askAndDecide({ firstDay: day(5) }, 'declined')
    const before = await notifications(coach)
    const mine = (await app.request('GET', '/api/v1/me/leave-requests')).json<{ leaveRequests: { id: string; mayWithdraw: boolean }[] }>().leaveRequests
    expect(mine.map((r) => [r.id, r.mayWithdraw])).toEqual([
      [declined, false],
      [started, false],
    ])

    for (const [id, code] of [[started, 'leave-started'], [declined, 'leave-declined']] as const) {
      const response = await app.request('POST', `/api/v1/me/leave-requests/${id}/withdrawal`)
      expect(response.statusCode, code).toBe(409)
      expect(response.headers['content-type']).toContain('application/problem+json')
      expect(response.json().code).toBe(code)
    }
    // Leave that is over: the same.
    await owner(`UPDATE leave_requests SET first_day = $2, last_day = $2 WHERE id = $1`, [started, day(-3)])
    expect((await app.request('POST', `/api/v1/me/leave-requests/${started}/withdrawal`)).json().code).toBe('leave-started')
    expect(await currentAttendance(clientId)).toEqual([today, day(1)].map((d) => ({ day: d, status: 'leave', source: 'register' })))
    expect((await app.request('GET', '/api/v1/me/leave-requests')).json<{ leaveRequests: { status: string }[] }>().leaveRequests.map((r) => r.status)).toEqual(['declined', 'approved'])

    // Another client's request is not theirs to see or withdraw; an unknown one is not found either.
    const otherId = await register(coach, 'Kees')
    const other = await signedInClientDevice(t, tenant.id, otherId)
    const waiting = (await app.request('POST', '/api/v1/me/leave-requests', { firstDay: day(8) })).json<{ leaveRequest: { id: string } }>().leaveRequest.id
    for (const [by, id] of [[other, waiting], [app, crypto.randomUUID()]] as const) {
      const response = await by.request('POST', `/api/v1/me/leave-requests/${id}/withdrawal`)
      expect(response.statusCode).toBe(404)
      expect(response.headers['content-type']).toContain('application/problem+json')
    }
    expect((await app.request('POST', '/api/v1/me/leave-requests/not-an-id/withdrawal')).statusCode).toBe(400)
    // Staff cannot withdraw for the client through the client app's route.
    expect((await coach.request('POST', `/api/v1/me/leave-requests/${waiting}/withdrawal`)).statusCode).toBe(401)
    expect((await app.request('GET', '/api/v1/me/leave-requests')).json<{ leaveRequests: { id: string; status: string }[] }>().leaveRequests.find((r) => r.id === waiting)?.status).toBe('requested')
    expect((await notifications(coach)).notifications.filter((n) => n.kind === 'client.leave-withdrawn' && n.client?.id === clientId)).toEqual([])
    expect((await notifications(coach)).unread).toBe(before.unread + 1)
  })

  it('refuses leave in the past, a last day before the first, more than 365 days and unknown fields, as problem+json', async () => {
    const clientId = await register(coach, 'Jesse')
    const app = await signedInClientDevice(t, tenant.id, clientId)
    const cases: [Record<string, unknown>, string][] = [
      [{ firstDay: day(-1) }, 'leave-in-past'],
      [{ firstDay: day(5), lastDay: day(4) }, 'end-before-start'],
      [{ firstDay: day(1), lastDay: day(366) }, 'leave-too-long'],
      [{ firstDay: day(1), until: day(2) }, 'invalid-input'],
      [{ firstDay: '31-12-2026' }, 'invalid-input'],
      [{ firstDay: day(1), reason: '' }, 'invalid-input'],
    ]
    for (const [body, code] of cases) {
      const response = await app.request('POST', '/api/v1/me/leave-requests', body)
      expect(response.statusCode, JSON.stringify(body)).toBe(400)
      expect(response.headers['content-type']).toContain('application/problem+json')
      expect(response.json().code, JSON.stringify(body)).toBe(code)
    }
    // 365 days is the most: allowed.
    expect((await app.request('POST', '/api/v1/me/leave-requests', { firstDay: day(1), lastDay: day(365) })).statusCode).toBe(201)
    const decision = await coach.request('POST', `/api/v1/clients/${clientId}/leave-requests/${crypto.randomUUID()}/decision`, { decision: 'maybe' })
    expect(decision.statusCode).toBe(400)
    expect((await coach.request('POST', `/api/v1/clients/${clientId}/leave-requests/${crypto.randomUUID()}/decision`, { decision: 'approved' })).statusCode).toBe(404)
    expect((await app.request('POST', '/api/v1/me/sick-reports', undefined, { 'x-csrf-token': 'wrong' })).statusCode).toBe(403)
  })

  it('keeps one client’s data from another client and from another organisation’s staff', async () => {
    const annaId = await register(coach, 'Anna')
    await scheduleEveryDay(annaId, { whatToBring: 'Geheim pasje' })
    const anna = await signedInClientDevice(t, tenant.id, annaId)
    const asked = await anna.request('POST', '/api/v1/me/leave-requests', { firstDay: day(1) })
    const leaveRequestId = asked.json<{ leaveRequest: { id: string } }>().leaveRequest.id

    const bramId = await register(coach, 'Bram')
    const bram = await signedInClientDevice(t, tenant.id, bramId)
    expect((await bram.request('GET', '/api/v1/me/leave-requests')).json().leaveRequests).toEqual([])
    expect((await bram.request('GET', '/api/v1/me/schedule')).json().days).toEqual([])
    // A client's cookie opens no staff route, so no decision on anyone's leave either.
    expect((await bram.request('GET', `/api/v1/clients/${annaId}/leave-requests`)).statusCode).toBe(401)
    expect((await bram.request('POST', `/api/v1/clients/${annaId}/leave-requests/${leaveRequestId}/decision`, { decision: 'approved' })).statusCode).toBe(401)
    // Only the photos of one's own coach and team leads.
    const editor = tenant.credentials.find((c) => c.roles.includes('editor') && c.totpSecret !== null)!
    const editorClient = await signIn(t.app, tenant.slug, editor)
    const editorId = (await editorClient.request('GET', '/api/v1/session')).json<{ user: { id: string } }>().user.id
    await editorClient.request('PUT', `/api/v1/users/${editorId}/photo`, { photo: dataUrl('image/png', pixelPng) })
    expect((await bram.request('GET', `/api/v1/me/contacts/${editorId}/photo`)).statusCode).toBe(404)

    const elsewhere = await createTestTenant(t.ctx, 1)
    const strangerCoach = await signIn(t.app, elsewhere.slug, elsewhere.coach)
    expect((await strangerCoach.request('GET', `/api/v1/clients/${annaId}/leave-requests`)).statusCode).toBe(404)
    expect((await strangerCoach.request('POST', `/api/v1/clients/${annaId}/leave-requests/${leaveRequestId}/decision`, { decision: 'approved' })).statusCode).toBe(404)
    expect((await strangerCoach.request('GET', `/api/v1/users/${coachId}/photo`)).statusCode).toBe(404)
    expect((await notifications(strangerCoach)).notifications).toEqual([])
    const still = (await anna.request('GET', '/api/v1/me/leave-requests')).json<{ leaveRequests: { status: string }[] }>().leaveRequests
    expect(still).toEqual([expect.objectContaining({ status: 'requested' })])
  })
})
