import { version } from '../packageInfo.js'

type Json = Record<string, unknown>

const apiVersionHeader = {
  'API-Version': {
    description: 'The full version of the API (semver)',
    schema: { type: 'string', example: version },
  },
}

const problemSchema = {
  type: 'object',
  required: ['type', 'title', 'status', 'detail'],
  properties: {
    type: { type: 'string', description: 'A URI that names the kind of problem' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string', description: 'What went wrong, in words a person can act on' },
    code: { type: 'string', description: 'A stable code for programs, e.g. invalid-input' },
    instance: { type: 'string' },
    traceId: { type: 'string', description: 'Quote this when reporting the problem' },
    errors: {
      type: 'array',
      items: { type: 'object', properties: { field: { type: 'string' }, message: { type: 'string' }, line: { type: 'integer', description: 'For errors in a text: the line' } } },
    },
  },
}

const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: problemSchema } },
})

const standardProblems: Record<string, string> = {
  '400': 'Invalid input: malformed JSON, unknown or missing fields, values out of range',
  '401': 'Not signed in, or the session has ended',
  '403': 'Not allowed for your role, or the CSRF token is missing',
  '429': 'Too many requests; wait and try again',
  '500': 'Something went wrong on the server',
}

/**
 * Completes the generated OpenAPI document the way the NL API Design Rules ask: the servers
 * entry carries the major version, every success response declares the API-Version header and
 * every operation documents its problem responses (400 included).
 */
export function finaliseOpenApi(document: Json): Json {
  const paths = (document.paths ?? {}) as Record<string, Record<string, Json>>
  const versioned: Record<string, Record<string, Json>> = {}
  for (const [path, operations] of Object.entries(paths)) {
    if (!path.startsWith('/api/v1/')) continue
    for (const operation of Object.values(operations)) {
      const responses = (operation.responses ?? {}) as Record<string, Json>
      for (const [status, response] of Object.entries(responses)) {
        if (/^[23]\d\d$/.test(status)) {
          response.headers = { ...((response.headers as Json | undefined) ?? {}), ...apiVersionHeader }
          response.description ??= status === '204' ? 'Done; no content' : 'OK'
        } else if (/^[45]\d\d$/.test(status)) {
          responses[status] = problemResponse((response.description as string | undefined) ?? 'Problem')
        }
      }
      for (const [status, description] of Object.entries(standardProblems)) {
        responses[status] ??= problemResponse(description)
      }
      if (JSON.stringify(operation.parameters ?? []).includes('"in":"path"')) {
        responses['404'] ??= problemResponse('No such resource in your organisation')
      }
      operation.responses = responses
    }
    versioned[path.slice('/api/v1'.length)] = operations
  }
  return {
    ...document,
    servers: [{ url: '/api/v1', description: 'This Koers installation' }],
    paths: versioned,
  }
}

export const openApiInfo = {
  title: 'Koers API',
  description:
    'The API of Koers: insight-driven guidance to work. Errors are application/problem+json (RFC 9457). ' +
    'Staff sign in with a password and a second factor; state-changing calls carry the X-CSRF-Token of the session.',
  version,
  contact: { name: 'Koers', email: 'koers@example.org', url: 'https://example.org/koers' },
  license: { name: 'EUPL-1.2', url: 'https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12' },
}
