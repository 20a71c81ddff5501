import { Liquid, type Template } from 'liquidjs'
import type { FieldError } from '../../http/problem.js'

/**
 * Templates are Liquid. Two engines: one for text (SMS, push, in-app, plain email), one for
 * email HTML, which escapes every value it puts in. Unknown filters are errors; unknown
 * variables are found at save time and must be given when sending.
 */
const textEngine = new Liquid({ strictFilters: true, outputEscape: undefined, cache: false })
const htmlEngine = new Liquid({ strictFilters: true, outputEscape: 'escape', cache: false })

/** What every template can use, filled from the client record and the organisation. */
export const standardVariables: { name: string; example: string }[] = [
  { name: 'first_name', example: 'Sanne' },
  { name: 'surname', example: 'de Vries' },
  { name: 'full_name', example: 'Sanne de Vries' },
  { name: 'coach_name', example: 'Mark Jansen' },
  { name: 'coach_email', example: 'm.jansen@werkplein.nl' },
  { name: 'organisation', example: 'Werkplein' },
]
export const standardVariableNames = new Set(standardVariables.map((v) => v.name))

export interface ParsedText {
  template: Template[]
  variables: string[]
}

export function parseText(source: string, field: string, html = false): { parsed: ParsedText | null; error: FieldError | null } {
  const engine = html ? htmlEngine : textEngine
  try {
    const template = engine.parse(source)
    return { parsed: { template, variables: engine.globalVariablesSync(template) }, error: null }
  } catch (error) {
    const e = error as { message: string; token?: { getPosition(): [number, number] } }
    const line = e.token?.getPosition()[0]
    const message = e.message.replace(/, line:\d+, col:\d+$/, '')
    return { parsed: null, error: { field, message: `template error: ${message}`, ...(line !== undefined ? { line } : {}) } }
  }
}

export function renderText(parsed: ParsedText, variables: Record<string, string>, html = false): string {
  return (html ? htmlEngine : textEngine).renderSync(parsed.template, variables) as string
}
