import type { Template, TemplateInput, TemplateText, TemplateWarning } from '../../../common/api/messaging.js'
import { countSms } from '../../../common/messaging/smsCount.js'
import { checkPlainLanguage } from '../../../common/messaging/plainLanguage.js'
import type { Tx } from '../../db/database.js'
import { badRequest, conflict, notFound, type FieldError } from '../../http/problem.js'
import { parseText, renderText, standardVariableNames, standardVariables, type ParsedText } from './liquid.js'
import { loadMessagingSettings, templateLanguages } from './settings.js'

/** An SMS longer than this many segments is refused: it costs too much and reads badly. */
export const maxSmsSegments = 3

type TextField = 'title' | 'body' | 'pushText' | 'smsText' | 'emailSubject' | 'emailHtml' | 'emailText'
const textFields: TextField[] = ['title', 'body', 'pushText', 'smsText', 'emailSubject', 'emailHtml', 'emailText']
/** Fields whose words a client reads: checked for plain language. */
const readFields: TextField[] = ['body', 'pushText', 'smsText']

export interface ParsedTemplateText {
  language: string
  fields: Partial<Record<TextField, ParsedText>>
}

/** Parses every text of a template; syntax errors (with their line) are the caller's 400. */
export function parseTemplateTexts(texts: TemplateText[]): { parsed: ParsedTemplateText[]; errors: FieldError[]; variables: Set<string> } {
  const errors: FieldError[] = []
  const variables = new Set<string>()
  const parsed = texts.map((text, index) => {
    const fields: ParsedTemplateText['fields'] = {}
    for (const field of textFields) {
      const source = text[field]
      if (source === undefined || source === null || source === '') continue
      const result = parseText(source, `texts[${index}].${field}`, field === 'emailHtml')
      if (result.error) errors.push(result.error)
      else {
        fields[field] = result.parsed!
        for (const name of result.parsed!.variables) variables.add(name)
      }
    }
    return { language: text.language, fields }
  })
  return { parsed, errors, variables }
}

const examples = Object.fromEntries(standardVariables.map((v) => [v.name, v.example]))

/** What a saved template should be told about: unknown variables, reading level, SMS length. */
export function templateWarnings(texts: TemplateText[], parsed: ParsedTemplateText[]): TemplateWarning[] {
  const warnings: TemplateWarning[] = []
  parsed.forEach((text, index) => {
    for (const [field, value] of Object.entries(text.fields) as [TextField, ParsedText][]) {
      for (const name of value.variables) {
        if (!standardVariableNames.has(name)) {
          warnings.push({ field: `texts[${index}].${field}`, code: 'unknown-variable', message: `{{ ${name} }} is not known to Koers: give it a value when sending` })
        }
      }
    }
    for (const field of readFields) {
      const source = texts[index]![field]
      if (!source) continue
      const check = checkPlainLanguage(source, text.language)
      if (check.level === 'above-b1') {
        warnings.push({ field: `texts[${index}].${field}`, code: 'above-b1', message: check.readingEase === null ? 'Sentences are long for language level B1' : `Reading ease ${Math.round(check.readingEase)}: harder than language level B1` })
      }
      for (const sentence of check.sentences) {
        if (sentence.tooLong) warnings.push({ field: `texts[${index}].${field}`, code: 'long-sentence', message: `A sentence of ${sentence.words} words: shorten it`, sentence: sentence.text })
        for (const word of sentence.longWords) warnings.push({ field: `texts[${index}].${field}`, code: 'long-word', message: `"${word}" is a long word: is there a shorter one?`, sentence: sentence.text })
      }
    }
    const sms = text.fields.smsText
    if (sms) {
      const count = countSms(renderText(sms, examples))
      if (count.segments > 1) warnings.push({ field: `texts[${index}].smsText`, code: 'sms-segments', message: `This SMS is ${count.segments} messages long (${count.characters} characters)` })
    }
  })
  return warnings
}

async function validate(tx: Tx, input: TemplateInput): Promise<{ warnings: TemplateWarning[] }> {
  const errors: FieldError[] = []
  const allowed = templateLanguages(await loadMessagingSettings(tx))
  const seen = new Set<string>()
  input.texts.forEach((text, index) => {
    if (!allowed.includes(text.language)) errors.push({ field: `texts[${index}].language`, message: `must be one of the organisation's languages: ${allowed.join(', ')}` })
    if (seen.has(text.language)) errors.push({ field: `texts[${index}].language`, message: `${text.language} is given twice` })
    seen.add(text.language)
  })
  if (!seen.has('nl')) errors.push({ field: 'texts', message: 'must include the Dutch text (nl)' })
  const { parsed, errors: syntaxErrors } = parseTemplateTexts(input.texts)
  errors.push(...syntaxErrors)
  parsed.forEach((text, index) => {
    const sms = text.fields.smsText
    if (!sms) return
    const count = countSms(renderText(sms, examples))
    if (count.segments > maxSmsSegments) {
      errors.push({ field: `texts[${index}].smsText`, message: `is ${count.segments} SMS messages long (${count.characters} characters); at most ${maxSmsSegments} are allowed` })
    }
  })
  if (errors.length > 0) throw badRequest('invalid-template', errors.map((e) => `${e.field} ${e.message}${e.line ? ` (line ${e.line})` : ''}`).join('; '), errors)
  return { warnings: templateWarnings(input.texts, parsed) }
}

const textRow = (tenantId: string, templateId: string, text: TemplateText) => ({
  tenant_id: tenantId,
  template_id: templateId,
  language: text.language,
  title: text.title,
  body: text.body,
  push_text: text.pushText || null,
  sms_text: text.smsText || null,
  email_subject: text.emailSubject || null,
  email_html: text.emailHtml || null,
  email_text: text.emailText || null,
})

async function assertNameFree(tx: Tx, name: string, exceptId: string | null): Promise<void> {
  let query = tx.selectFrom('message_templates').select('id').where('name', '=', name)
  if (exceptId !== null) query = query.where('id', '<>', exceptId)
  if (await query.executeTakeFirst()) throw conflict('template-name-taken', `There is already a template named "${name}".`)
}

export async function createTemplate(tx: Tx, tenantId: string, userId: string, input: TemplateInput): Promise<{ id: string; warnings: TemplateWarning[] }> {
  const { warnings } = await validate(tx, input)
  await assertNameFree(tx, input.name, null)
  const { id } = await tx
    .insertInto('message_templates')
    .values({ tenant_id: tenantId, name: input.name, category: input.category, icon: input.icon, created_by: userId, updated_by: userId })
    .returning('id')
    .executeTakeFirstOrThrow()
  await tx.insertInto('message_template_texts').values(input.texts.map((text) => textRow(tenantId, id, text))).execute()
  return { id, warnings }
}

export async function updateTemplate(tx: Tx, tenantId: string, userId: string, id: string, input: TemplateInput & { archived?: boolean }): Promise<{ id: string; warnings: TemplateWarning[] }> {
  const existing = await tx.selectFrom('message_templates').select('id').where('id', '=', id).forUpdate().executeTakeFirst()
  if (!existing) throw notFound('No such template.')
  const { warnings } = await validate(tx, input)
  await assertNameFree(tx, input.name, id)
  await tx
    .updateTable('message_templates')
    .set({ name: input.name, category: input.category, icon: input.icon, archived: input.archived ?? false, updated_by: userId, updated_at: new Date() })
    .where('id', '=', id)
    .execute()
  await tx.deleteFrom('message_template_texts').where('template_id', '=', id).execute()
  await tx.insertInto('message_template_texts').values(input.texts.map((text) => textRow(tenantId, id, text))).execute()
  return { id, warnings }
}

export async function listTemplates(tx: Tx) {
  const rows = await tx
    .selectFrom('message_templates as t')
    .leftJoin('message_template_texts as x', (join) => join.onRef('x.template_id', '=', 't.id').onRef('x.tenant_id', '=', 't.tenant_id'))
    .select((eb) => [
      't.id',
      't.name',
      't.category',
      't.icon',
      't.archived',
      't.updated_at',
      eb.fn.agg<string[]>('array_agg', ['x.language']).as('languages'),
    ])
    .groupBy(['t.id', 't.name', 't.category', 't.icon', 't.archived', 't.updated_at'])
    .orderBy('t.archived')
    .orderBy('t.name')
    .execute()
  return rows.map((r) => ({ id: r.id, name: r.name, category: r.category, icon: r.icon, archived: r.archived, languages: (r.languages ?? []).filter(Boolean).sort(), updatedAt: r.updated_at.toISOString() }))
}

export interface StoredTemplate {
  id: string
  name: string
  category: Template['category']
  icon: string
  archived: boolean
  texts: TemplateText[]
  updatedAt: Date
}

export async function loadTemplate(tx: Tx, id: string): Promise<StoredTemplate | null> {
  const template = await tx.selectFrom('message_templates').selectAll().where('id', '=', id).executeTakeFirst()
  if (!template) return null
  const texts = await tx.selectFrom('message_template_texts').selectAll().where('template_id', '=', id).orderBy('language').execute()
  return {
    id: template.id,
    name: template.name,
    category: template.category,
    icon: template.icon,
    archived: template.archived,
    updatedAt: template.updated_at,
    texts: texts.map((t) => ({
      language: t.language,
      title: t.title,
      body: t.body,
      pushText: t.push_text,
      smsText: t.sms_text,
      emailSubject: t.email_subject,
      emailHtml: t.email_html,
      emailText: t.email_text,
    })),
  }
}

export function templateView(template: StoredTemplate): Template {
  const { parsed, variables } = parseTemplateTexts(template.texts)
  return {
    id: template.id,
    name: template.name,
    category: template.category,
    icon: template.icon,
    archived: template.archived,
    texts: template.texts,
    variables: [...standardVariables, ...[...variables].filter((name) => !standardVariableNames.has(name)).map((name) => ({ name, example: '' }))],
    warnings: templateWarnings(template.texts, parsed),
    updatedAt: template.updatedAt.toISOString(),
  }
}
