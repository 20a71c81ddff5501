import type { ClientSettings } from '../../../common/api/clients.js'
import type { AppContext } from '../../appContext.js'
import { inTenant, type Tx } from '../../db/database.js'
import { userTrace, type StaffActor } from '../../http/context.js'
import { badRequest, conflict, notFound } from '../../http/problem.js'
import { recordAudit } from '../audit/recordAudit.js'

export type SettingKind = 'status-types' | 'profile-criteria' | 'segment-scales' | 'competences' | 'intervention-types'
type Item<K extends keyof ClientSettings> = ClientSettings[K][number]

export async function loadClientSettings(tx: Tx): Promise<ClientSettings> {
  const [statusTypes, criteria, scales, competences, interventionTypes] = await Promise.all([
    tx.selectFrom('status_types').selectAll().orderBy('sort').orderBy('code').execute(),
    tx.selectFrom('profile_criteria').selectAll().orderBy('sort').orderBy('code').execute(),
    tx.selectFrom('segment_scales').selectAll().orderBy('sort').orderBy('code').execute(),
    tx.selectFrom('competences').selectAll().orderBy('sort').orderBy('code').execute(),
    tx.selectFrom('intervention_types').selectAll().orderBy('label_nl').execute(),
  ])
  return {
    statusTypes: statusTypes.map((r) => ({ code: r.code, labelNl: r.label_nl, labelEn: r.label_en, kind: r.kind, regimes: r.regimes, active: r.active })),
    profileCriteria: criteria.map((r) => ({
      code: r.code,
      labelNl: r.label_nl,
      labelEn: r.label_en,
      valueType: r.value_type,
      options: r.options,
      visibleTo: r.visible_to,
      active: r.active,
    })),
    segmentScales: scales.map((r) => ({ code: r.code, labelNl: r.label_nl, labelEn: r.label_en, levels: r.levels })),
    competences: competences.map((r) => ({ code: r.code, labelNl: r.label_nl, labelEn: r.label_en })),
    interventionTypes: interventionTypes.map((r) => ({ code: r.code, labelNl: r.label_nl, labelEn: r.label_en, category: r.category, active: r.active })),
  }
}

export function readClientSettings(ctx: AppContext, actor: StaffActor): Promise<ClientSettings> {
  return inTenant(ctx.db, actor, loadClientSettings)
}

const roleNames = ['coach', 'editor', 'account_manager', 'manager', 'admin']

/** Creates or replaces one configuration item; the code is its stable key. */
async function upsert(tx: Tx, tenantId: string, kind: SettingKind, code: string, item: Record<string, unknown>): Promise<void> {
  const t = { tenant_id: tenantId, code }
  switch (kind) {
    case 'status-types': {
      const v = item as Item<'statusTypes'>
      const row = { label_nl: v.labelNl, label_en: v.labelEn, kind: v.kind, regimes: v.regimes, active: v.active }
      await tx.insertInto('status_types').values({ ...t, ...row }).onConflict((oc) => oc.columns(['tenant_id', 'code']).doUpdateSet(row)).execute()
      return
    }
    case 'profile-criteria': {
      const v = item as Item<'profileCriteria'>
      const unknownRoles = v.visibleTo.filter((r) => !roleNames.includes(r))
      if (unknownRoles.length > 0) throw badRequest('unknown-role', `Unknown roles: ${unknownRoles.join(', ')}.`, [{ field: 'visibleTo', message: 'names an unknown role' }])
      const needsOptions = v.valueType === 'choice' || v.valueType === 'multi_choice'
      if (needsOptions && v.options.length < 2) throw badRequest('options-required', 'A choice needs at least two options.', [{ field: 'options', message: 'needs at least two options' }])
      if (new Set(v.options.map((o) => o.value)).size !== v.options.length) throw badRequest('duplicate-option', 'Option values must differ.', [{ field: 'options', message: 'has duplicate values' }])
      const row = { label_nl: v.labelNl, label_en: v.labelEn, value_type: v.valueType, options: JSON.stringify(needsOptions ? v.options : []), visible_to: v.visibleTo, active: v.active }
      const existing = await tx.selectFrom('profile_criteria').select('value_type').where('code', '=', code).executeTakeFirst()
      if (existing && existing.value_type !== v.valueType) {
        const used = await tx.selectFrom('client_profile_values').select('id').where('criterion_code', '=', code).limit(1).executeTakeFirst()
        if (used) throw conflict('criterion-in-use', 'The type of a criterion that has values cannot change; make a new criterion.')
      }
      await tx.insertInto('profile_criteria').values({ ...t, ...row }).onConflict((oc) => oc.columns(['tenant_id', 'code']).doUpdateSet(row)).execute()
      return
    }
    case 'segment-scales': {
      const v = item as Item<'segmentScales'>
      if (new Set(v.levels.map((l) => l.value)).size !== v.levels.length) throw badRequest('duplicate-level', 'Level values must differ.', [{ field: 'levels', message: 'has duplicate values' }])
      const row = { label_nl: v.labelNl, label_en: v.labelEn, levels: JSON.stringify([...v.levels].sort((a, b) => a.value - b.value)) }
      await tx.insertInto('segment_scales').values({ ...t, ...row }).onConflict((oc) => oc.columns(['tenant_id', 'code']).doUpdateSet(row)).execute()
      return
    }
    case 'competences': {
      const v = item as Item<'competences'>
      const row = { label_nl: v.labelNl, label_en: v.labelEn }
      await tx.insertInto('competences').values({ ...t, ...row }).onConflict((oc) => oc.columns(['tenant_id', 'code']).doUpdateSet(row)).execute()
      return
    }
    case 'intervention-types': {
      const v = item as Item<'interventionTypes'>
      const row = { label_nl: v.labelNl, label_en: v.labelEn, category: v.category, active: v.active }
      await tx.insertInto('intervention_types').values({ ...t, ...row }).onConflict((oc) => oc.columns(['tenant_id', 'code']).doUpdateSet(row)).execute()
      return
    }
  }
}

/** Whether client records use the item; such items can be switched off, not deleted. */
async function inUse(tx: Tx, kind: SettingKind, code: string): Promise<boolean> {
  const first = (query: { limit(n: number): { executeTakeFirst(): Promise<unknown> } }) => query.limit(1).executeTakeFirst()
  const found =
    kind === 'status-types'
      ? await first(tx.selectFrom('client_statuses').select('id').where('status_code', '=', code))
      : kind === 'profile-criteria'
        ? await first(tx.selectFrom('client_profile_values').select('id').where('criterion_code', '=', code))
        : kind === 'segment-scales'
          ? await first(tx.selectFrom('client_segment_scores').select('id').where('scale_code', '=', code))
          : kind === 'competences'
            ? await first(tx.selectFrom('client_competence_scores').select('id').where('competence_code', '=', code))
            : await first(tx.selectFrom('client_interventions').select('id').where('type_code', '=', code))
  return found !== undefined
}

const tables = {
  'status-types': 'status_types',
  'profile-criteria': 'profile_criteria',
  'segment-scales': 'segment_scales',
  competences: 'competences',
  'intervention-types': 'intervention_types',
} as const

export async function saveSetting(ctx: AppContext, traceId: string, actor: StaffActor, kind: SettingKind, code: string, item: Record<string, unknown>): Promise<ClientSettings> {
  return inTenant(ctx.db, actor, async (tx) => {
    await upsert(tx, actor.tenantId, kind, code, item)
    await recordAudit(tx, actor.tenantId, userTrace(traceId, actor), { processingActivity: 'tenant-settings', action: `client-settings.save`, attributes: { kind, code } })
    return loadClientSettings(tx)
  })
}

export async function deleteSetting(ctx: AppContext, traceId: string, actor: StaffActor, kind: SettingKind, code: string): Promise<void> {
  await inTenant(ctx.db, actor, async (tx) => {
    if (await inUse(tx, kind, code)) throw conflict('setting-in-use', 'Client records use this; switch it off instead of deleting it.')
    const result = await tx.deleteFrom(tables[kind]).where('code', '=', code).executeTakeFirst()
    if (Number(result.numDeletedRows) === 0) throw notFound('No such item.')
    await recordAudit(tx, actor.tenantId, userTrace(traceId, actor), { processingActivity: 'tenant-settings', action: 'client-settings.delete', attributes: { kind, code } })
  })
}
