import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyBaseLogger, FastifyInstance } from 'fastify'
import type { Role } from '../db/schema.js'
import type { LoadedSession } from '../modules/identity/sessions.js'
import type { ClientDeviceSession } from '../modules/clientApp/deviceSession.js'

/**
 * Who may call a route:
 * - `public`: anyone;
 * - `pending`: a session that passed the password, waiting for the second factor or enrolment;
 * - `staff`: a fully signed-in staff user, optionally with one of `roles`;
 * - `client`: a client on a signed-in device of the client app.
 */
export type Access = { kind: 'public' } | { kind: 'pending'; stage: 'second-factor' | 'enrolment' } | { kind: 'staff'; roles?: Role[] } | { kind: 'client' }

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access
    /** false only where no session can be expected yet (the password step). */
    csrf?: boolean
  }
  interface FastifyRequest {
    session: LoadedSession | null
    clientSession?: ClientDeviceSession | null
  }
}

export type App = FastifyInstance<Server, IncomingMessage, ServerResponse, FastifyBaseLogger, TypeBoxTypeProvider>
