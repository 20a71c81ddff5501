import crypto from 'node:crypto'
import fastifyCookie from '@fastify/cookie'
import fastifyHelmet from '@fastify/helmet'
import fastifyRateLimit from '@fastify/rate-limit'
import fastifySwagger from '@fastify/swagger'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import Fastify, { type FastifyBaseLogger } from 'fastify'
import type { AppContext } from './appContext.js'
import { handleError } from './http/errorHandler.js'
import { sessionGuard } from './http/guard.js'
import { validatorCompiler } from './http/validation.js'
import { finaliseOpenApi, openApiInfo } from './http/openapi.js'
import { sendProblem } from './http/problemResponses.js'
import { registerStaticWeb, sendSpaFallback } from './http/staticWeb.js'
import type { App } from './http/types.js'
import { appLanguageRoutes } from './modules/appLanguages/routes.js'
import { attendanceRoutes } from './modules/attendance/routes.js'
import { auditRoutes } from './modules/audit/routes.js'
import { audienceRoutes } from './modules/audiences/routes.js'
import { caseloadRoutes } from './modules/caseload/routes.js'
import { chatRoutes } from './modules/chat/routes.js'
import { clientAppRoutes } from './modules/clientApp/routes.js'
import { myRecordRoutes } from './modules/clientApp/myRecordRoutes.js'
import { selfServiceRoutes } from './modules/clientApp/selfServiceRoutes.js'
import { clientRecordingRoutes } from './modules/clients/recordingRoutes.js'
import { clientRoutes } from './modules/clients/routes.js'
import { clientSettingsRoutes } from './modules/clientSettings/routes.js'
import { healthRoutes } from './modules/health/routes.js'
import { identityRoutes } from './modules/identity/routes.js'
import { importRoutes } from './modules/imports/routes.js'
import { messagingPublicRoutes } from './modules/messaging/publicRoutes.js'
import { messagingRoutes } from './modules/messaging/routes.js'
import { tenantRoutes } from './modules/tenants/routes.js'
import { userRoutes } from './modules/users/routes.js'
import { version } from './packageInfo.js'

export interface BuildOptions {
  /** A pino logger or `false`; tests pass false. */
  logger?: FastifyBaseLogger | boolean
}

/** Log lines carry the request id, method and route pattern: never query strings, addresses or bodies. */
const serializers = {
  req(request: { id: string; method: string; routeOptions?: { url?: string } }) {
    return { id: request.id, method: request.method, route: request.routeOptions?.url ?? 'unmatched' }
  },
  res(reply: { statusCode: number }) {
    return { statusCode: reply.statusCode }
  },
}

export async function buildApp(ctx: AppContext, options: BuildOptions = {}): Promise<App> {
  const app = Fastify({
    logger:
      options.logger === undefined || options.logger === true
        ? { level: ctx.config.logLevel, serializers }
        : options.logger === false
          ? false
          : undefined,
    loggerInstance: typeof options.logger === 'object' ? options.logger : undefined,
    genReqId: () => crypto.randomBytes(16).toString('hex'),
    requestIdHeader: false,
    trustProxy: ctx.config.trustProxy,
    bodyLimit: 100 * 1024,
  }).withTypeProvider<TypeBoxTypeProvider>() as App

  app.setValidatorCompiler(validatorCompiler())
  app.decorateRequest('session', null)
  app.setErrorHandler(handleError)

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        workerSrc: ["'self'"],
        manifestSrc: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: ctx.config.cookieSecure ? [] : null,
      },
    },
    hsts: ctx.config.cookieSecure,
  })
  await app.register(fastifyCookie)
  await app.register(fastifyRateLimit, {
    global: true,
    max: ctx.config.rateLimitPerMinute,
    timeWindow: '1 minute',
    // Over the limit, the error handler answers 429 as problem+json.
    errorResponseBuilder: (_request, context) => ({
      statusCode: context.statusCode,
      message: `Rate limit exceeded, retry in ${context.after}`,
    }),
  })
  await app.register(fastifySwagger, {
    openapi: { openapi: '3.0.3', info: openApiInfo, tags: [] },
    hideUntagged: false,
  })

  app.addHook('onRequest', async (_request, reply) => {
    reply.header('X-Request-Id', _request.id)
    if (_request.url.startsWith('/api/')) {
      reply.header('API-Version', version)
      reply.header('Cache-Control', 'no-store')
    }
  })
  app.addHook('preHandler', sessionGuard(ctx))

  healthRoutes(app, ctx)
  identityRoutes(app, ctx)
  tenantRoutes(app, ctx)
  userRoutes(app, ctx)
  auditRoutes(app, ctx)
  clientRoutes(app, ctx)
  clientRecordingRoutes(app, ctx)
  clientSettingsRoutes(app, ctx)
  caseloadRoutes(app, ctx)
  attendanceRoutes(app, ctx)
  importRoutes(app, ctx)
  messagingRoutes(app, ctx)
  messagingPublicRoutes(app, ctx)
  audienceRoutes(app, ctx)
  clientAppRoutes(app, ctx)
  myRecordRoutes(app, ctx)
  selfServiceRoutes(app, ctx)
  chatRoutes(app, ctx)
  appLanguageRoutes(app, ctx)

  const openApiDocument = () => finaliseOpenApi(app.swagger() as unknown as Record<string, unknown>)
  for (const url of ['/api/v1/openapi.json', '/api/openapi.json']) {
    app.get(url, { config: { access: { kind: 'public' } }, schema: { hide: true } }, async () => openApiDocument())
  }

  await registerStaticWeb(app)
  app.setNotFoundHandler(async (request, reply) => {
    if (!request.url.startsWith('/api/')) {
      const sent = sendSpaFallback(request, reply)
      if (sent) return sent
    }
    return sendProblem(request, reply, {
      status: 404,
      code: 'not-found',
      title: 'Not found',
      detail: `There is no ${request.method} ${request.url.split('?')[0]}.`,
    })
  })
  return app
}

export function openApiOf(app: App): Record<string, unknown> {
  return finaliseOpenApi(app.swagger() as unknown as Record<string, unknown>)
}
