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

/** A validator for JSON that arrives outside an HTTP body (WebSocket frames), with the same rules as bodies. */
export function compileJsonValidator<T>(schema: object): { check(value: unknown): value is T; firstError(): string } {
  const validate = buildAjv({ coerceTypes: false }).compile(schema)
  return {
    check: (value: unknown): value is T => validate(value) as boolean,
    firstError: () => {
      const error = validate.errors?.[0]
      return error ? `${error.instancePath || '/'} ${error.message ?? 'is not valid'}` : 'is not valid'
    },
  }
}
