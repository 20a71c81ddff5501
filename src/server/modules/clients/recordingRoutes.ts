import { Type, type TSchema } from '@sinclair/typebox'
import {
  AssignmentChange,
  ClientIdParams,
  ContactChange,
  GoalChange,
  GoalParams,
  InterventionChange,
  InterventionParams,
  NewCompetenceAssessment,
  NewContact,
  NewDiagnosis,
  NewGoal,
  NewIntervention,
  NewNote,
  NewSegmentScore,
  NewSnooze,
  NewStatus,
  NewStep,
  PlanChange,
  ProfileValueChange,
  ProfileValueParams,
  StatusEnd,
  StatusParams,
  StepChange,
  StepParams,
} from '../../../common/api/clients.js'
import { Uuid } from '../../../common/api/shared.js'
import type { AppContext } from '../../appContext.js'
import { staffActor } from '../../http/guard.js'
import type { App } from '../../http/types.js'
import { recordCompetenceAssessment, recordDiagnosis, recordSegmentScore } from './assessments.js'
import { assignClient } from './assignment.js'
import { changeClient } from './clientService.js'
import { changeContact } from './contact.js'
import { registerContact, type ContactChannel } from './contacts.js'
import { snoozeSignal } from '../signals/snooze.js'
import { changeIntervention, registerIntervention } from './interventions.js'
import { addNote } from './notes.js'
import { addGoal, addStep, changeGoal, changeStep, setPlanDates } from './plan.js'
import { setProfileValue } from './profile.js'
import { endStatus, startStatus } from './statuses.js'

const tags = ['Client records']
const staff = { access: { kind: 'staff' as const } }
const Created = Type.Object({ id: Uuid })
const Done = Type.Null()

/** Recording on a client record: each a thin handler around one domain function. */
export function clientRecordingRoutes(app: App, ctx: AppContext): void {
  const created = <P extends TSchema, B extends TSchema>(summary: string, params: P, body: B) => ({
    config: staff,
    schema: { tags, summary, params, body, response: { 201: Created } },
  })
  const changed = <P extends TSchema, B extends TSchema>(summary: string, params: P, body: B) => ({
    config: staff,
    schema: { tags, summary, params, body, response: { 204: Done } },
  })

  app.patch('/api/v1/clients/:clientId', changed('Change address, contact details, preferences or outflow', ClientIdParams, ContactChange), async (request, reply) => {
    const actor = staffActor(request)
    const { clientId } = request.params
    const change = request.body
    await changeClient(ctx, request.id, actor, clientId, 'client.update', (tx) => changeContact(tx, actor.tenantId, actor.userId, clientId, change), { fields: Object.keys(change) })
    return reply.code(204).send(null)
  })

  app.put('/api/v1/clients/:clientId/assignment', changed('Make a team and coach responsible from now on', ClientIdParams, AssignmentChange), async (request, reply) => {
    const actor = staffActor(request)
    const { clientId } = request.params
    const body = request.body
    await changeClient(ctx, request.id, actor, clientId, 'client.assign', (tx) => assignClient(tx, actor.tenantId, actor.userId, clientId, body), { coachId: body.coachId, teamId: body.teamId })
    return reply.code(204).send(null)
  })

  app.post('/api/v1/clients/:clientId/notes', created('Add a note', ClientIdParams, NewNote), async (request, reply) => {
    const actor = staffActor(request)
    const { clientId } = request.params
    const id = await changeClient(ctx, request.id, actor, clientId, 'client.note-add', (tx) => addNote(tx, actor.tenantId, actor.userId, clientId, request.body.body))
    return reply.code(201).send({ id })
  })

  app.post('/api/v1/clients/:clientId/contacts', created('Register a contact with the client (conversation, call, home visit …)', ClientIdParams, NewContact), async (request, reply) => {
    const actor = staffActor(request)
    const { clientId } = request.params
    const body = { ...request.body, channel: request.body.channel as ContactChannel }
    const id = await changeClient(ctx, request.id, actor, clientId, 'client.contact-register', (tx) => registerContact(tx, actor.tenantId, actor.userId, clientId, body), { channel: body.channel })
    return reply.code(201).send({ id })
  })

  app.post('/api/v1/clients/:clientId/signal-snoozes', changed('Put a signal aside until a date, with a reason', ClientIdParams, NewSnooze), async (request, reply) => {
    const actor = staffActor(request)
    const { clientId } = request.params
    await changeClient(ctx, request.id, actor, clientId, 'client.signal-snooze', (tx) => snoozeSignal(tx, actor.tenantId, actor.userId, clientId, request.body), { signalCode: request.body.signalCode })
    return reply.code(204).send(null)
  })

  app.post('/api/v1/clients/:clientId/statuses', created('Record that a status holds from a date (closes the same status that held before)', ClientIdParams, NewStatus), async (request, reply) => {
    const actor = staffActor(request)
    const { clientId } = request.params
    const body = request.body
    const id = await changeClient(ctx, request.id, actor, clientId, 'client.status-start', (tx) => startStatus(tx, actor.tenantId, actor.userId, clientId, body), { statusCode: body.statusCode })
    return reply.code(201).send({ id })
  })

  app.patch('/api/v1/clients/:clientId/statuses/:statusId', changed('Record the last day a status held', StatusParams, StatusEnd), async (request, reply) => {
    const actor = staffActor(request)
    const { clientId, statusId } = request.params
    await changeClient(ctx, request.id, actor, clientId, 'client.status-end', (tx) => endStatus(tx, actor.tenantId, actor.userId, clientId, statusId, request.body.validTo))
    return reply.code(204).send(null)
  })

  app.post('/api/v1/clients/:clientId/interventions', created('Register an intervention from the catalogue', ClientIdParams, NewIntervention), async (request, reply) => {
    const actor = staffActor(request)
    const { clientId } = request.params
    const body = request.body
    const id = await changeClient(ctx, request.id, actor, clientId, 'client.intervention-register', (tx) => registerIntervention(tx, actor.tenantId, actor.userId, clientId, body), { typeCode: body.typeCode })
    return reply.code(201).send({ id })
  })

  app.patch('/api/v1/clients/:clientId/interventions/:interventionId', changed('Change the status, end or outcome of an intervention', InterventionParams, InterventionChange), async (request, reply) => {
    const actor = staffActor(request)
    const { clientId, interventionId } = request.params
    await changeClient(ctx, request.id, actor, clientId, 'client.intervention-change', (tx) => changeIntervention(tx, actor.tenantId, actor.userId, clientId, interventionId, request.body))
    return reply.code(204).send(null)
  })

  app.post('/api/v1/clients/:clientId/segment-scores', changed('Score the client on a segmentation scale', ClientIdParams, NewSegmentScore), async (request, reply) => {
    const actor = staffActor(request)
    const { clientId } = request.params
    const body = request.body
    await changeClient(ctx, request.id, actor, clientId, 'client.segment-score', (tx) => recordSegmentScore(tx, actor.tenantId, actor.userId, clientId, body), { scaleCode: body.scaleCode })
    return reply.code(204).send(null)
  })

  app.post('/api/v1/clients/:clientId/competence-assessments', changed('Record development-card scores (1–5 per competence)', ClientIdParams, NewCompetenceAssessment), async (request, reply) => {
    const actor = staffActor(request)
    const { clientId } = request.params
    await changeClient(ctx, request.id, actor, clientId, 'client.development-card', (tx) => recordCompetenceAssessment(tx, actor.tenantId, actor.userId, clientId, request.body))
    return reply.code(204).send(null)
  })

  app.post('/api/v1/clients/:clientId/diagnoses', changed('Record a diagnosis: skills and living situation', ClientIdParams, NewDiagnosis), async (request, reply) => {
    const actor = staffActor(request)
    const { clientId } = request.params
    await changeClient(ctx, request.id, actor, clientId, 'client.diagnosis', (tx) => recordDiagnosis(tx, actor.tenantId, actor.userId, clientId, request.body))
    return reply.code(204).send(null)
  })

  app.put('/api/v1/clients/:clientId/profile-values/:criterionCode', changed('Set (or clear, with null) a profile value; the old value stays in the history', ProfileValueParams, ProfileValueChange), async (request, reply) => {
    const actor = staffActor(request)
    const { clientId, criterionCode } = request.params
    const value = request.body.value
    await changeClient(ctx, request.id, actor, clientId, 'client.profile-change', (tx) => setProfileValue(tx, actor.tenantId, { id: actor.userId, roles: actor.roles }, clientId, criterionCode, value), { criterionCode })
    return reply.code(204).send(null)
  })

  app.patch('/api/v1/clients/:clientId/plan', changed('Set the date the plan was agreed and its review date', ClientIdParams, PlanChange), async (request, reply) => {
    const actor = staffActor(request)
    const { clientId } = request.params
    await changeClient(ctx, request.id, actor, clientId, 'client.plan-change', (tx) => setPlanDates(tx, actor.tenantId, actor.userId, clientId, request.body))
    return reply.code(204).send(null)
  })

  app.post('/api/v1/clients/:clientId/plan-goals', created('Add a goal to the plan', ClientIdParams, NewGoal), async (request, reply) => {
    const actor = staffActor(request)
    const { clientId } = request.params
    const id = await changeClient(ctx, request.id, actor, clientId, 'client.plan-goal-add', (tx) => addGoal(tx, actor.tenantId, actor.userId, clientId, request.body))
    return reply.code(201).send({ id })
  })

  app.patch('/api/v1/clients/:clientId/plan-goals/:goalId', changed('Change a goal, or mark it achieved or dropped', GoalParams, GoalChange), async (request, reply) => {
    const actor = staffActor(request)
    const { clientId, goalId } = request.params
    await changeClient(ctx, request.id, actor, clientId, 'client.plan-goal-change', (tx) => changeGoal(tx, actor.tenantId, actor.userId, clientId, goalId, request.body))
    return reply.code(204).send(null)
  })

  app.post('/api/v1/clients/:clientId/plan-steps', created('Add an agreed step (who, by when, which intervention)', ClientIdParams, NewStep), async (request, reply) => {
    const actor = staffActor(request)
    const { clientId } = request.params
    const id = await changeClient(ctx, request.id, actor, clientId, 'client.plan-step-add', (tx) => addStep(tx, actor.tenantId, actor.userId, clientId, request.body))
    return reply.code(201).send({ id })
  })

  app.patch('/api/v1/clients/:clientId/plan-steps/:stepId', changed('Change an agreed step, or mark it done or dropped', StepParams, StepChange), async (request, reply) => {
    const actor = staffActor(request)
    const { clientId, stepId } = request.params
    await changeClient(ctx, request.id, actor, clientId, 'client.plan-step-change', (tx) => changeStep(tx, actor.tenantId, actor.userId, clientId, stepId, request.body))
    return reply.code(204).send(null)
  })
}
