import { Ajv, type Options } from 'ajv'
import addFormats from 'ajv-formats'
import type { FastifySchemaCompiler } from 'fastify'

const common: Options = { allErrors: true, removeAdditional: false, useDefaults: true, strict: false }

function buildAjv(options: Options): Ajv {
  const ajv = new Ajv({ ...common, ...options })
  ;(addFormats as unknown as (ajv: Ajv) => Ajv)(ajv)
  return ajv
}

/**
 * Bodies are validated as sent: no type coercion, so ["care"] stays a list and "12" stays text.
 * Query strings, path parameters and headers arrive as text and are coerced to their types.
 */
export function validatorCompiler(): FastifySchemaCompiler<object> {
  const bodies = buildAjv({ coerceTypes: false })
  const textParts = buildAjv({ coerceTypes: 'array' })
  return ({ schema, httpPart }) => (httpPart === 'body' ? bodies : textParts).compile(schema)
}
