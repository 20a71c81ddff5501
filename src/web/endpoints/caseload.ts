import type {
  Caseload,
  CaseloadQuery,
  CaseloadResponse,
  CaseloadView,
  CaseloadViewList,
  NewCaseloadView,
  ReassignmentRequest,
  SignalDefinitionList,
  SignalDefinitionView,
  SignalSettingChange,
  TeamOverview,
} from './caseload-types';
import { apiRequest, queryString } from './request';

/** The filters as query parameters, leaving out empty ones. */
function caseloadParameters(query: CaseloadQuery): Record<string, string | undefined> {
  return {
    coachId: query.coachId,
    teamId: query.teamId,
    unassigned: query.unassigned === true ? 'true' : undefined,
    signal: query.signal,
    phase: query.phase,
    statusCode: query.statusCode,
    regime: query.regime,
    segment: query.segment,
    lastContactBefore: query.lastContactBefore,
    query: query.query,
    sort: query.sort,
    limit: query.limit === undefined ? undefined : String(query.limit),
    offset: query.offset === undefined || query.offset === 0 ? undefined : String(query.offset),
  };
}

/** One's own caseload, or a coach's, a team's or the unassigned clients of a team. */
export async function getCaseload(query: CaseloadQuery): Promise<Caseload> {
  return withSignalWords(await apiRequest<CaseloadResponse>('GET', `/api/v1/caseload${queryString(caseloadParameters(query))}`));
}

/** Each client's signals with their words, which the response carries once per signal. */
export function withSignalWords({ signals, clients, ...caseload }: CaseloadResponse): Caseload {
  return {
    ...caseload,
    clients: clients.map((client) => ({
      ...client,
      signals: client.signals.flatMap((signal) => {
        return Object.hasOwn(signals, signal.signalCode) ? [{ ...signal, ...signals[signal.signalCode]! }] : [];
      }),
    })),
  };
}

export function getTeamOverview(): Promise<TeamOverview> {
  return apiRequest<TeamOverview>('GET', '/api/v1/team-overview');
}

/** Moves clients to another coach, all or none (409 assignment-changed when someone was first). */
export function reassignClients(request: ReassignmentRequest): Promise<{ moved: number }> {
  return apiRequest<{ moved: number }>('POST', '/api/v1/client-reassignments', { body: request });
}

export async function listSignalSettings(): Promise<SignalDefinitionView[]> {
  const { signals } = await apiRequest<SignalDefinitionList>('GET', '/api/v1/signal-settings');
  return signals;
}

/** Switches a signal or changes its threshold; the answer is every signal as it is now. */
export async function saveSignalSetting(code: string, change: SignalSettingChange): Promise<SignalDefinitionView[]> {
  const { signals } = await apiRequest<SignalDefinitionList>('PUT', `/api/v1/signal-settings/${encodeURIComponent(code)}`, { body: change });
  return signals;
}

export async function listCaseloadViews(): Promise<CaseloadView[]> {
  const { views } = await apiRequest<CaseloadViewList>('GET', '/api/v1/caseload-views');
  return views;
}

/** Saves filters under a name (409 view-name-taken when the name is in use). */
export function saveCaseloadView(view: NewCaseloadView): Promise<CaseloadView> {
  return apiRequest<CaseloadView>('POST', '/api/v1/caseload-views', { body: view });
}

export function deleteCaseloadView(viewId: string): Promise<void> {
  return apiRequest<undefined>('DELETE', `/api/v1/caseload-views/${encodeURIComponent(viewId)}`);
}
