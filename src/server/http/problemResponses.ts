import type { FastifyReply, FastifyRequest } from 'fastify'
import type { FieldError } from './problem.js'

export interface ProblemBody {
  type: string
  title: string
  status: number
  detail: string
  code: string
  instance: string
  traceId: string
  errors?: FieldError[]
}

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  problem: { status: number; code: string; title: string; detail: string; errors?: FieldError[] },
): FastifyReply {
  const body: ProblemBody = {
    type: `urn:koers:problem:${problem.code}`,
    title: problem.title,
    status: problem.status,
    detail: problem.detail,
    code: problem.code,
    instance: request.url.split('?')[0] ?? request.url,
    traceId: request.id,
    ...(problem.errors && problem.errors.length > 0 ? { errors: problem.errors } : {}),
  }
  return reply.code(problem.status).type('application/problem+json; charset=utf-8').send(JSON.stringify(body))
}
