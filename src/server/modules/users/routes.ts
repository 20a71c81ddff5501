import { Type } from '@sinclair/typebox'
import { CoachList, CreateTeam, CreateUser, Team, TeamList, UpdateUser, User, UserIdParams, UserList } from '../../../common/api/users.js'
import type { AppContext } from '../../appContext.js'
import { staffActor } from '../../http/guard.js'
import type { App } from '../../http/types.js'
import { listCoaches } from './coaches.js'
import { createTeam, listTeams } from './teams.js'
import { createUser, listUsers, resetSecondFactor, updateUser } from './userAdmin.js'

const adminOnly = { access: { kind: 'staff' as const, roles: ['admin' as const] } }

export function userRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/users',
    { config: adminOnly, schema: { tags: ['Users'], summary: 'All staff users of the organisation', response: { 200: UserList } } },
    async (request) => ({ users: await listUsers(ctx, staffActor(request)) }),
  )

  app.post(
    '/api/v1/users',
    {
      config: adminOnly,
      schema: { tags: ['Users'], summary: 'Create a staff user; they enrol a second factor at first sign-in', body: CreateUser, response: { 201: User } },
    },
    async (request, reply) => reply.code(201).send(await createUser(ctx, request.id, staffActor(request), request.body)),
  )

  app.patch(
    '/api/v1/users/:userId',
    {
      config: adminOnly,
      schema: {
        tags: ['Users'],
        summary: 'Change roles, teams or details; deactivate or reactivate; unlock with locked=false',
        params: UserIdParams,
        body: UpdateUser,
        response: { 200: User },
      },
    },
    async (request) => updateUser(ctx, request.id, staffActor(request), request.params.userId, request.body),
  )

  app.delete(
    '/api/v1/users/:userId/second-factor',
    {
      config: adminOnly,
      schema: {
        tags: ['Users'],
        summary: "Reset a user's second factor; they enrol again at their next sign-in",
        params: UserIdParams,
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      await resetSecondFactor(ctx, request.id, staffActor(request), request.params.userId)
      return reply.code(204).send(null)
    },
  )

  app.get(
    '/api/v1/coaches',
    {
      config: { access: { kind: 'staff' } },
      schema: { tags: ['Teams'], summary: 'The active coaches and their teams, to assign clients to', response: { 200: CoachList } },
    },
    async (request) => ({ coaches: await listCoaches(ctx, staffActor(request)) }),
  )

  app.get(
    '/api/v1/teams',
    { config: { access: { kind: 'staff' } }, schema: { tags: ['Teams'], summary: 'The teams of the organisation', response: { 200: TeamList } } },
    async (request) => ({ teams: await listTeams(ctx, staffActor(request)) }),
  )

  app.post(
    '/api/v1/teams',
    { config: adminOnly, schema: { tags: ['Teams'], summary: 'Create a team', body: CreateTeam, response: { 201: Team } } },
    async (request, reply) => reply.code(201).send(await createTeam(ctx, request.id, staffActor(request), request.body.name)),
  )
}
