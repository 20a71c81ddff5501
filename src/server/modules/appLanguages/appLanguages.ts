import crypto from 'node:crypto'
import { builtInAppLanguages, type AppLanguage, type AppLanguageList, type PublicAppLanguage, type PublicAppLanguageTexts, type PutAppLanguage } from '../../../common/api/appLanguages.js'
import type { AppContext } from '../../appContext.js'
import { asApp, inTenant, type Tx } from '../../db/database.js'
import { userTrace, type StaffActor } from '../../http/context.js'
import { badRequest, notFound } from '../../http/problem.js'
import { recordAudit } from '../audit/recordAudit.js'
import { checkTranslation, templateSize, translationCoverage } from './translationCheck.js'

interface LanguageRow {
  code: string
  name: string
  direction: 'ltr' | 'rtl'
  texts: Record<string, string>
  updated_at: Date
}

function present(row: LanguageRow): AppLanguage {
  return { code: row.code, name: row.name, direction: row.direction, ...translationCoverage(row.texts), updatedAt: row.updated_at.toISOString() }
}

const languageColumns = ['code', 'name', 'direction', 'texts', 'updated_at'] as const

function readLanguages(tx: Tx) {
  return tx.selectFrom('app_languages').select(languageColumns).orderBy('code').execute()
}

/** The languages the organisation added, each with how much of the app is translated. */
export async function listAppLanguages(ctx: AppContext, actor: StaffActor): Promise<AppLanguageList> {
  const rows = await inTenant(ctx.db, actor, readLanguages)
  return { languages: rows.map(present), templateSize }
}

/** Adds a language or replaces its name, direction and texts, after checking the texts against the Dutch. */
export async function putAppLanguage(ctx: AppContext, traceId: string, actor: StaffActor, code: string, input: PutAppLanguage): Promise<{ language: AppLanguage; created: boolean }> {
  if ((builtInAppLanguages as readonly string[]).includes(code)) {
    throw badRequest('built-in-language', `The client app already speaks ${code}; add a language it does not have yet.`, [{ field: 'code', message: 'is a built-in language' }])
  }
  checkTranslation(input.texts)
  const values = { name: input.name.trim(), direction: input.direction, texts: JSON.stringify(input.texts), updated_at: new Date(), updated_by: actor.userId }
  if (values.name === '') throw badRequest('invalid-name', 'Give the language its name.', [{ field: 'name', message: 'is empty' }])
  return inTenant(ctx.db, actor, async (tx) => {
    const existed = await tx.selectFrom('app_languages').select('code').where('code', '=', code).executeTakeFirst()
    const row = await tx
      .insertInto('app_languages')
      .values({ tenant_id: actor.tenantId, code, ...values })
      .onConflict((oc) => oc.columns(['tenant_id', 'code']).doUpdateSet(values))
      .returning(languageColumns)
      .executeTakeFirstOrThrow()
    const language = present(row)
    await recordAudit(tx, actor.tenantId, userTrace(traceId, actor), {
      processingActivity: 'tenant-settings',
      action: existed ? 'app-language.update' : 'app-language.create',
      attributes: { code, translated: language.translated, missing: language.missing },
    })
    return { language, created: existed === undefined }
  })
}

export async function deleteAppLanguage(ctx: AppContext, traceId: string, actor: StaffActor, code: string): Promise<void> {
  await inTenant(ctx.db, actor, async (tx) => {
    const deleted = await tx.deleteFrom('app_languages').where('code', '=', code).returning('code').executeTakeFirst()
    if (!deleted) throw notFound('Your organisation has not added this language.')
    await recordAudit(tx, actor.tenantId, userTrace(traceId, actor), { processingActivity: 'tenant-settings', action: 'app-language.delete', attributes: { code } })
  })
}

/** An organisation's added languages for its client app, public like its house style (the sign-in screen offers them). */
export async function publicAppLanguages(ctx: AppContext, slug: string): Promise<PublicAppLanguage[]> {
  return asApp(ctx.db, async (tx) => {
    const tenant = await tx.selectFrom('tenants').select('id').where('slug', '=', slug).executeTakeFirst()
    if (!tenant) throw notFound('No such organisation.')
    return tx.selectFrom('app_languages').select(['code', 'name', 'direction']).where('tenant_id', '=', tenant.id).orderBy('name').execute()
  })
}

/** A language's texts with a tag that changes when they do, so phones keep them until then. */
export async function publicAppLanguageTexts(ctx: AppContext, slug: string, code: string): Promise<{ body: PublicAppLanguageTexts; etag: string }> {
  const row = await asApp(ctx.db, (tx) =>
    tx
      .selectFrom('app_languages as l')
      .innerJoin('tenants as t', 't.id', 'l.tenant_id')
      .select(['l.code', 'l.direction', 'l.texts', 'l.updated_at'])
      .where('t.slug', '=', slug)
      .where('l.code', '=', code)
      .executeTakeFirst(),
  )
  if (!row) throw notFound('This organisation has not added this language.')
  const body = { code: row.code, direction: row.direction, texts: row.texts }
  const etag = `"${crypto.createHash('sha256').update(JSON.stringify(body)).digest('base64url').slice(0, 27)}"`
  return { body, etag }
}
