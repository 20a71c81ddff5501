import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import addFormats from 'ajv-formats'
import type { TSchema } from '@sinclair/typebox'
import pg from 'pg'
import { AppError } from '../../http/problem.js'
import { parseDutchDate } from '../clients/dutchFormats.js'
import type { ColumnBinding } from './columnBinding.js'
import type { RowError } from './rowResult.js'

/** Maps the field names of a domain input (NewStatus, NewIntervention, …) to the import's fields. */
export type FieldAlias = Record<string, string>

/** The row's columns by import field, to name the column of an error. */
export type ColumnsByField = Map<string, string>
export const columnsByField = (bindings: ColumnBinding[]): ColumnsByField => new Map(bindings.map((b) => [b.field, b.column]))

const ajv = new Ajv({ allErrors: true, removeAdditional: false, useDefaults: false, strict: false, coerceTypes: false })
;(addFormats as unknown as (ajv: Ajv) => Ajv)(ajv)

/** Compiles an API input schema, so that imported rows meet the rules of the API's own edge. */
export function compileInput<T>(schema: TSchema): ValidateFunction<T> {
  return ajv.compile<T>(schema)
}

const codeMessage = "is not a code known to Koers; translate the source system's code in the mapping's value maps"

function messageOf(error: ErrorObject, schema: TSchema, property: string): string {
  const propertySchema = (schema.properties as Record<string, TSchema> | undefined)?.[property]
  const allowed = (propertySchema?.anyOf as { const?: unknown }[] | undefined)?.map((s) => s.const).filter((v) => v !== undefined)
  if (allowed && allowed.length > 0) return `is not one of ${allowed.join(', ')}`
  switch (error.keyword) {
    case 'format':
      return error.params.format === 'email' ? 'is not an email address' : `is not a valid ${String(error.params.format)}`
    case 'maxLength':
      return `is longer than ${String(error.params.limit)} characters`
    case 'minLength':
      return 'is required'
    case 'pattern':
      if (property === 'bsn') return 'is not a BSN (9 digits)'
      if (/code$/i.test(property)) return codeMessage
      if (property === 'preferredLanguage') return 'is not a two-letter language code (nl, en, …)'
      return 'is not in the expected form'
    case 'additionalProperties':
      return 'is not a known field'
    default:
      return 'is not valid'
  }
}

/** The schema's verdict on an input, one error per field, named by import field and column. */
export function schemaErrors(validate: ValidateFunction, schema: TSchema, input: object, alias: FieldAlias, columns: ColumnsByField): RowError[] {
  if (validate(input)) return []
  const errors: RowError[] = []
  const seen = new Set<string>()
  for (const error of validate.errors ?? []) {
    const property = error.instancePath.split('/')[1] ?? String(error.params.missingProperty ?? 'row')
    if (seen.has(property)) continue
    seen.add(property)
    const field = alias[property] ?? property
    errors.push({ field, column: columns.get(field) ?? null, message: error.keyword === 'required' ? 'is required' : messageOf(error, schema, property) })
  }
  return errors
}

/** "31-12-1980", "31/12/1980", "1980-12-31" (a time after it is ignored) → "1980-12-31"; null if impossible. */
export function parseImportDate(text: string): string | null {
  return parseDutchDate(text.replace(/[T\s]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?Z?$/, ''))
}

/**
 * Reads dates of a row: each present field must be a real date. Returns the dates by field and
 * an error per impossible one.
 */
export function readDates<F extends string>(values: Partial<Record<F, string>>, fields: readonly F[], columns: ColumnsByField): { dates: Partial<Record<F, string>>; errors: RowError[] } {
  const dates: Partial<Record<F, string>> = {}
  const errors: RowError[] = []
  for (const field of fields) {
    const text = values[field]
    if (text === undefined) continue
    const date = parseImportDate(text)
    if (date === null) errors.push({ field, column: columns.get(field) ?? null, message: 'is not a date (dd-mm-jjjj)' })
    else dates[field] = date
  }
  return { dates, errors }
}

const rowFailureStates = /^(22|23|P0)/

/**
 * The row errors of a failure inside a row's work: a domain error (its field errors, or its
 * detail) or a database error that the row's data caused (a violated constraint, bad data).
 * Anything else (a lost connection, a bug) is no fault of the row: null, and the batch fails.
 */
export function rowErrorsOf(error: unknown, alias: FieldAlias, columns: ColumnsByField): RowError[] | null {
  if (error instanceof AppError) {
    if (error.status >= 500) return null
    const fieldErrors = error.errors ?? []
    if (fieldErrors.length === 0) return [{ field: 'row', column: null, message: error.detail }]
    return fieldErrors.map((e) => {
      const field = alias[e.field] ?? e.field
      return { field, column: columns.get(field) ?? null, message: error.detail }
    })
  }
  if (error instanceof pg.DatabaseError && error.code !== undefined && rowFailureStates.test(error.code)) {
    return [{ field: 'row', column: null, message: `The database refused this row${error.constraint ? ` (${error.constraint})` : ''}.` }]
  }
  return null
}
