import type { AudienceDefinition, Condition, ConditionKind, PhaseCode, ProfileOperator } from './audience-api';

/**
 * A definition as the builder edits it: every group and condition has a key (for React and for
 * focus), and a condition may be half filled in while the user is at it. `toDefinition` gives
 * the API's definition once every condition is complete, or null before.
 */
export interface ConditionDraft {
  key: string;
  kind: ConditionKind;
  negate: boolean;
  criterion?: string;
  operator?: ProfileOperator;
  value?: string | number | boolean;
  values?: string[];
  status?: string;
  regime?: string;
  during?: boolean;
  from?: string;
  to?: string;
  phases?: PhaseCode[];
  scale?: string;
  segmentOperator?: 'eq' | 'lte' | 'gte';
  level?: number;
  ids?: string[];
  texts?: string[];
  interventionType?: string;
  amount?: number;
  unit?: 'days' | 'months';
  event?: 'received' | 'opened' | 'clicked';
  category?: 'service' | 'news' | 'vacancy' | 'event';
  audienceId?: string;
}

export interface GroupDraft {
  key: string;
  match: 'all' | 'any';
  conditions: ConditionDraft[];
}

export interface DefinitionDraft {
  match: 'all' | 'any';
  groups: GroupDraft[];
}

let counter = 0;
export const newKey = (prefix: string) => `${prefix}${String(++counter)}`;

export const conditionKinds: ConditionKind[] = ['profile', 'status', 'phase', 'segment', 'coach', 'team', 'location', 'secondment', 'intervention', 'message', 'audience'];

/** A new condition of a kind, with the choices most people make filled in. */
export function newCondition(kind: ConditionKind): ConditionDraft {
  const base = { key: newKey('c'), kind, negate: false };
  switch (kind) {
    case 'phase':
      return { ...base, phases: [] };
    case 'segment':
      return { ...base, segmentOperator: 'gte' };
    case 'intervention':
      return { ...base, amount: 6, unit: 'months' };
    case 'message':
      return { ...base, event: 'opened', amount: 30, unit: 'days' };
    default:
      return base;
  }
}

export const newGroup = (kind: ConditionKind): GroupDraft => ({ key: newKey('g'), match: 'all', conditions: [newCondition(kind)] });

const filled = (text: string | undefined): text is string => text !== undefined && text.trim() !== '';

/** The API's condition, or null while something is missing. */
export function toCondition(d: ConditionDraft): Condition | null {
  const negate = d.negate ? { negate: true } : {};
  const window = d.amount !== undefined && d.amount >= 1 && d.unit ? { amount: d.amount, unit: d.unit } : null;
  switch (d.kind) {
    case 'profile': {
      if (!filled(d.criterion) || d.operator === undefined) return null;
      if (d.operator === 'isSet') return { kind: 'profile', criterion: d.criterion, operator: 'isSet', ...negate };
      if (d.operator === 'oneOf' || d.operator === 'containsAny') {
        return d.values && d.values.length > 0 ? { kind: 'profile', criterion: d.criterion, operator: d.operator, values: d.values, ...negate } : null;
      }
      if (d.value === undefined || d.value === '' || (typeof d.value === 'number' && Number.isNaN(d.value))) return null;
      return { kind: 'profile', criterion: d.criterion, operator: d.operator, value: d.value, ...negate };
    }
    case 'status':
      if (!filled(d.status)) return null;
      if (d.during && (!filled(d.from) || !filled(d.to))) return null;
      return {
        kind: 'status',
        status: d.status,
        ...(filled(d.regime) ? { regime: d.regime } : {}),
        ...(d.during ? { period: { from: d.from!, to: d.to! } } : {}),
        ...negate,
      };
    case 'phase':
      return d.phases && d.phases.length > 0 ? { kind: 'phase', phases: d.phases, ...negate } : null;
    case 'segment':
      return filled(d.scale) && d.segmentOperator && d.level !== undefined ? { kind: 'segment', scale: d.scale, operator: d.segmentOperator, value: d.level, ...negate } : null;
    case 'coach':
      return d.ids && d.ids.length > 0 ? { kind: 'coach', coachIds: d.ids, ...negate } : null;
    case 'team':
      return d.ids && d.ids.length > 0 ? { kind: 'team', teamIds: d.ids, ...negate } : null;
    case 'location': {
      const texts = (d.texts ?? []).map((t) => t.trim()).filter(Boolean);
      return texts.length > 0 ? { kind: 'location', locations: texts, ...negate } : null;
    }
    case 'secondment': {
      const texts = (d.texts ?? []).map((t) => t.trim()).filter(Boolean);
      return texts.length > 0 ? { kind: 'secondment', employers: texts, ...negate } : null;
    }
    case 'intervention':
      return filled(d.interventionType) && window ? { kind: 'intervention', interventionType: d.interventionType, within: window, ...negate } : null;
    case 'message':
      return d.event && window ? { kind: 'message', event: d.event, within: window, ...(d.category ? { category: d.category } : {}), ...negate } : null;
    case 'audience':
      return filled(d.audienceId) ? { kind: 'audience', audienceId: d.audienceId, ...negate } : null;
  }
}

/** A saved condition as the builder edits it. */
export function fromCondition(c: Condition): ConditionDraft {
  const base = { key: newKey('c'), kind: c.kind, negate: c.negate === true };
  switch (c.kind) {
    case 'profile':
      return { ...base, criterion: c.criterion, operator: c.operator, value: c.value, values: c.values };
    case 'status':
      return { ...base, status: c.status, regime: c.regime, during: c.period !== undefined, from: c.period?.from, to: c.period?.to };
    case 'phase':
      return { ...base, phases: c.phases };
    case 'segment':
      return { ...base, scale: c.scale, segmentOperator: c.operator, level: c.value };
    case 'coach':
      return { ...base, ids: c.coachIds };
    case 'team':
      return { ...base, ids: c.teamIds };
    case 'location':
      return { ...base, texts: c.locations };
    case 'secondment':
      return { ...base, texts: c.employers };
    case 'intervention':
      return { ...base, interventionType: c.interventionType, amount: c.within.amount, unit: c.within.unit };
    case 'message':
      return { ...base, event: c.event, amount: c.within.amount, unit: c.within.unit, category: c.category };
    case 'audience':
      return { ...base, audienceId: c.audienceId };
  }
}

export function fromDefinition(definition: AudienceDefinition): DefinitionDraft {
  return {
    match: definition.match,
    groups: definition.groups.map((g) => ({ key: newKey('g'), match: g.match, conditions: g.conditions.map(fromCondition) })),
  };
}

/** The API's definition, or null while a condition is incomplete. */
export function toDefinition(draft: DefinitionDraft): AudienceDefinition | null {
  const groups = [];
  for (const group of draft.groups) {
    const conditions = [];
    for (const draftCondition of group.conditions) {
      const condition = toCondition(draftCondition);
      if (condition === null) return null;
      conditions.push(condition);
    }
    if (conditions.length > 0) groups.push({ match: group.match, conditions });
  }
  return { match: draft.match, groups };
}

/** Which condition a server field error is about: "definition.groups.0.conditions.1.criterion". */
export function conditionKeyOfField(draft: DefinitionDraft, field: string): string | null {
  const match = /^definition\.groups\.(\d+)\.conditions\.(\d+)/.exec(field);
  if (!match) return null;
  const nonEmpty = draft.groups.filter((g) => g.conditions.length > 0);
  return nonEmpty[Number(match[1])]?.conditions[Number(match[2])]?.key ?? null;
}
