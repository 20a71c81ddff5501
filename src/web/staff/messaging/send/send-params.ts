import { uuidPattern as uuid } from '../../../../common/uuid';

/** What /messages/new?template=&client=&clients=a,b&audience= asks for; ids that are no uuid are left out. */
export interface SendParams {
  templateId: string | null;
  clientId: string | null;
  clientIds: string[];
  audienceId: string | null;
}

const one = (value: string | null): string | null => (value !== null && uuid.test(value) ? value : null);

export function sendParamsFrom(search: URLSearchParams): SendParams {
  const clientIds = [...new Set((search.get('clients') ?? '').split(',').map((id) => id.trim()).filter((id) => uuid.test(id)))];
  return { templateId: one(search.get('template')), clientId: one(search.get('client')), clientIds, audienceId: one(search.get('audience')) };
}

/** The address of the send screen for the given clients, such as a selection from the caseload. */
export function sendToClientsHref(clientIds: readonly string[]): string {
  return `/messages/new?clients=${clientIds.map(encodeURIComponent).join(',')}`;
}
