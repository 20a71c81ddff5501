import { sql } from 'kysely'
import type { Tx } from '../../db/database.js'
import { notFound } from '../../http/problem.js'
import { renderTemplate, variablesFor } from './render.js'
import { standardVariableNames } from './liquid.js'
import { loadTemplate, parseTemplateTexts } from './templates.js'

/**
 * The template as one client would get it on each channel, in their language (or the one asked
 * for). Variables the send must give and the preview was not given show as [name].
 */
export async function previewForClient(tx: Tx, templateId: string, request: { clientId: string; language?: string; variables?: Record<string, string> }) {
  const template = await loadTemplate(tx, templateId)
  if (!template) throw notFound('No such template.')
  const { rows } = await sql<{ first_names: string; tussenvoegsel: string | null; surname: string; preferred_language: string; coach_name: string | null; coach_email: string | null; organisation: string }>`
    SELECT c.first_names, c.tussenvoegsel, c.surname, c.preferred_language, u.display_name AS coach_name, u.email AS coach_email, t.name AS organisation
    FROM clients c
    JOIN tenants t ON t.id = c.tenant_id
    LEFT JOIN client_assignments a ON a.client_id = c.id AND a.valid_to IS NULL
    LEFT JOIN users u ON u.id = a.coach_id
    WHERE c.id = ${request.clientId}`.execute(tx)
  const client = rows[0]
  if (!client) throw notFound('No such client.')
  const { variables: used } = parseTemplateTexts(template.texts)
  const placeholders = Object.fromEntries([...used].filter((name) => !standardVariableNames.has(name)).map((name) => [name, `[${name}]`]))
  const variables = variablesFor(
    { firstNames: client.first_names, tussenvoegsel: client.tussenvoegsel, surname: client.surname, preferredLanguage: client.preferred_language, coachName: client.coach_name, coachEmail: client.coach_email, organisation: client.organisation },
    { ...placeholders, ...(request.variables ?? {}) },
  )
  return renderTemplate(template, request.language ?? client.preferred_language, variables)
}
