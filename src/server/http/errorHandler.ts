import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'
import { AppError, type FieldError } from './problem.js'
import { sendProblem } from './problemResponses.js'

interface ValidationIssue {
  instancePath: string
  keyword: string
  message?: string
  params: Record<string, unknown>
}

function fieldOf(issue: ValidationIssue, context: string | undefined): string {
  const base = issue.instancePath.replace(/^\//, '').replace(/\//g, '.')
  const extra =
    (issue.params.missingProperty as string | undefined) ?? (issue.params.additionalProperty as string | undefined)
  const name = [base, extra].filter(Boolean).join('.')
  return name || context || 'body'
}

function messageOf(issue: ValidationIssue): string {
  if (issue.keyword === 'additionalProperties') return 'is not a known field'
  if (issue.keyword === 'required') return 'is required'
  return issue.message ?? 'is not valid'
}

/** Maps every error to RFC 9457 problem details; internals never reach the client. */
export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof AppError) {
    return sendProblem(request, reply, error)
  }
  if (error.validation) {
    const errors: FieldError[] = (error.validation as ValidationIssue[]).map((issue) => ({
      field: fieldOf(issue, error.validationContext),
      message: messageOf(issue),
    }))
    return sendProblem(request, reply, {
      status: 400,
      code: 'invalid-input',
      title: 'Invalid input',
      detail: errors.map((e) => `${e.field} ${e.message}`).join('; '),
      errors,
    })
  }
  const status = error.statusCode ?? 500
  if (status === 429) {
    return sendProblem(request, reply, {
      status,
      code: 'too-many-requests',
      title: 'Too many requests',
      detail: 'Too many requests in a short time. Wait a minute and try again.',
    })
  }
  if (status >= 400 && status < 500) {
    const known: Record<string, { code: string; detail: string }> = {
      FST_ERR_CTP_INVALID_JSON_BODY: { code: 'malformed-json', detail: 'The body is not valid JSON.' },
      FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'malformed-json', detail: 'The body is empty; send a JSON object.' },
      FST_ERR_CTP_BODY_TOO_LARGE: { code: 'body-too-large', detail: 'The body is larger than this endpoint accepts.' },
      FST_ERR_CTP_INVALID_MEDIA_TYPE: {
        code: 'unsupported-media-type',
        detail: 'Send the body as application/json.',
      },
    }
    const mapped = (error.code && known[error.code]) || { code: 'bad-request', detail: 'The request could not be read.' }
    if (error instanceof SyntaxError) mapped.code = 'malformed-json'
    return sendProblem(request, reply, {
      status,
      code: mapped.code,
      title: status === 413 ? 'Body too large' : status === 415 ? 'Unsupported media type' : 'Invalid input',
      detail: mapped.detail,
    })
  }
  request.log.error({ err: error }, 'request failed')
  return sendProblem(request, reply, {
    status: 500,
    code: 'internal-error',
    title: 'Internal error',
    detail: `Something went wrong on our side. Mention trace ${request.id} when you report it.`,
  })
}
