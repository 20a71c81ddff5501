import type { CaseloadQuery, CaseloadSort } from '../../endpoints/caseload-types';
import type { PhaseCode } from '../../endpoints/client-types';

/** The filters of one's own caseload, as they stand in the address (and in a saved view). */
export type CaseloadFilters = Omit<CaseloadQuery, 'coachId' | 'teamId' | 'unassigned' | 'limit' | 'offset'>;

/** Clients per page of "Mijn caseload". */
export const caseloadPageSize = 50;

/** The page in the address (?page=2), 1 when absent or not a page number. */
export function pageFromSearch(search: URLSearchParams): number {
  const page = Number(search.get('page'));
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

/** The address of another page of the same filtered list. */
export function searchWithPage(search: URLSearchParams, page: number): string {
  const next = new URLSearchParams(search);
  if (page <= 1) next.delete('page');
  else next.set('page', String(page));
  const text = next.toString();
  return text === '' ? '?' : `?${text}`;
}

export const caseloadPhases: readonly PhaseCode[] = ['before-intake', '0-3', '3-6', '6-12', '12+'];
export const caseloadSorts: readonly CaseloadSort[] = ['attention', 'name', 'intake', 'lastContact'];

const textKeys = ['signal', 'statusCode', 'regime', 'segment', 'lastContactBefore', 'query'] as const;

const isPhase = (value: string): value is PhaseCode => (caseloadPhases as readonly string[]).includes(value);
const isSort = (value: string): value is CaseloadSort => (caseloadSorts as readonly string[]).includes(value);

/** Reads filters from any source of strings (the address or a saved view), dropping what does not fit. */
export function readFilters(get: (key: string) => unknown): CaseloadFilters {
  const filters: CaseloadFilters = {};
  for (const key of textKeys) {
    const value = get(key);
    if (typeof value === 'string' && value.trim() !== '') filters[key] = value.trim();
  }
  const phase = get('phase');
  if (typeof phase === 'string' && isPhase(phase)) filters.phase = phase;
  const sort = get('sort');
  if (typeof sort === 'string' && isSort(sort)) filters.sort = sort;
  return filters;
}

export function filtersFromSearch(search: URLSearchParams): CaseloadFilters {
  return readFilters((key) => search.get(key));
}

export function filtersFromView(filters: Record<string, unknown>): CaseloadFilters {
  return readFilters((key) => filters[key]);
}

/** The filters as query parameters, in a fixed order, so equal filters give equal addresses. */
export function filtersToSearch(filters: CaseloadFilters): URLSearchParams {
  const search = new URLSearchParams();
  const ordered: (keyof CaseloadFilters)[] = ['signal', 'phase', 'statusCode', 'regime', 'segment', 'lastContactBefore', 'query', 'sort'];
  for (const key of ordered) {
    const value = filters[key];
    if (value !== undefined && value !== '') search.set(key, value);
  }
  return search;
}

export function caseloadPath(filters: CaseloadFilters): string {
  const text = filtersToSearch(filters).toString();
  return text === '' ? '/caseload' : `/caseload?${text}`;
}

/** The filters besides the signal and the sort order: those of the filter form. */
export function hasFormFilters(filters: CaseloadFilters): boolean {
  return ['phase', 'statusCode', 'regime', 'segment', 'lastContactBefore', 'query'].some((key) => filters[key as keyof CaseloadFilters] !== undefined);
}

/** A segment filter "scale:value" in its parts. */
export function splitSegment(segment: string | undefined): { scale: string; value: string } {
  const match = /^([a-z0-9_]{1,40}):(-?\d+)$/.exec(segment ?? '');
  return match === null ? { scale: '', value: '' } : { scale: match[1] ?? '', value: match[2] ?? '' };
}
