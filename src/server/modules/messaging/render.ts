import type { SecretBox } from '../../crypto/secretBox.js'
import { countSms } from '../../../common/messaging/smsCount.js'
import { renderText, standardVariables } from './liquid.js'
import { parseTemplateTexts, type ParsedTemplateText, type StoredTemplate } from './templates.js'
import { trackingPaths, trackingToken } from './tracking.js'

/** What a template says to one person, on each channel. */
export interface RenderedMessage {
  language: string
  app: { title: string; body: string; icon: string }
  push: { title: string; body: string }
  sms: { text: string; count: ReturnType<typeof countSms> }
  email: { subject: string; html: string; text: string }
}

export interface RecipientVariables {
  firstNames: string
  tussenvoegsel: string | null
  surname: string
  preferredLanguage: string
  coachName: string | null
  coachEmail: string | null
  organisation: string
}

export function variablesFor(recipient: RecipientVariables, extra: Record<string, string>): Record<string, string> {
  const surname = [recipient.tussenvoegsel, recipient.surname].filter(Boolean).join(' ')
  const firstName = recipient.firstNames.split(/\s+/)[0] ?? recipient.firstNames
  return {
    ...extra,
    first_name: firstName,
    surname,
    full_name: `${firstName} ${surname}`,
    coach_name: recipient.coachName ?? recipient.organisation,
    coach_email: recipient.coachEmail ?? '',
    organisation: recipient.organisation,
  }
}

export const exampleVariables = Object.fromEntries(standardVariables.map((v) => [v.name, v.example]))

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

/** An email for a template without its own HTML: the body's paragraphs in a plain, readable layout. */
function defaultEmailHtml(title: string, body: string): string {
  const paragraphs = body
    .split(/\n{2,}/)
    .map((p) => `<p style="margin:0 0 16px">${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('')
  return `<!doctype html><html lang="nl"><body style="font-family:Arial,sans-serif;font-size:18px;line-height:1.5;color:#1a1a1a;max-width:600px;margin:0 auto;padding:16px"><h1 style="font-size:24px">${escapeHtml(title)}</h1>${paragraphs}</body></html>`
}

/** A template's texts parsed once, for rendering to many people. */
export interface PreparedTemplate {
  icon: string
  texts: ParsedTemplateText[]
}

export function prepareTemplate(template: StoredTemplate): PreparedTemplate {
  return { icon: template.icon, texts: parseTemplateTexts(template.texts).parsed }
}

export function renderTemplate(template: StoredTemplate | PreparedTemplate, preferredLanguage: string, variables: Record<string, string>): RenderedMessage {
  const prepared = 'id' in template ? prepareTemplate(template) : template
  const text = prepared.texts.find((t) => t.language === preferredLanguage) ?? prepared.texts.find((t) => t.language === 'nl') ?? prepared.texts[0]!
  const fields = text.fields
  const render = (field: keyof typeof fields, html = false) => (fields[field] ? renderText(fields[field]!, variables, html).trim() : null)
  const title = render('title') ?? ''
  const body = render('body') ?? ''
  const shortBody = body.length > 140 ? `${body.slice(0, 139).trimEnd()}…` : body
  const sms = render('smsText') ?? body
  return {
    language: text.language,
    app: { title, body, icon: prepared.icon },
    push: { title, body: render('pushText') ?? shortBody },
    sms: { text: sms, count: countSms(sms) },
    email: { subject: render('emailSubject') ?? title, html: render('emailHtml', true) ?? defaultEmailHtml(title, body), text: render('emailText') ?? body },
  }
}

const urlPattern = /https?:\/\/[^\s<>"')\]]+/g

/**
 * Replaces the links of a text by tracked links (when the client allows click tracking) and
 * collects them; the n-th distinct link gets index n.
 */
export function trackLinks(text: string, links: string[], track: ((index: number) => string) | null): string {
  return text.replace(urlPattern, (url) => {
    let index = links.indexOf(url)
    if (index === -1) {
      links.push(url)
      index = links.length - 1
    }
    return track ? track(index) : url
  })
}

export function trackingLinkFactory(box: SecretBox, publicUrl: string, tenantId: string, outboxId: string) {
  return {
    link: (index: number) => `${publicUrl}${trackingPaths.link}${trackingToken(box, tenantId, outboxId, { kind: 'link', index })}`,
    open: () => `${publicUrl}${trackingPaths.open}${trackingToken(box, tenantId, outboxId, { kind: 'open' })}`,
    unsubscribe: () => `${publicUrl}${trackingPaths.unsubscribe}${trackingToken(box, tenantId, outboxId, { kind: 'unsubscribe' })}`,
  }
}
