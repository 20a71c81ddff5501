/** What a client added to or corrected in their record from the app, as the coach handles it. */
import type { Static } from '@sinclair/typebox';
import type * as Api from '../../common/api/myRecord';
import { clientPath } from './clients';
import { apiRequest } from './request';

export type ClientAddition = Static<typeof Api.ClientAddition>;

export async function getClientAdditions(clientId: string): Promise<ClientAddition[]> {
  const { additions } = await apiRequest<{ additions: ClientAddition[] }>('GET', `${clientPath(clientId)}/additions`);
  return additions;
}

export function acceptClientCorrection(clientId: string, additionId: string): Promise<void> {
  return apiRequest<undefined>('POST', `${clientPath(clientId)}/additions/${encodeURIComponent(additionId)}/accept`);
}

export function rejectClientCorrection(clientId: string, additionId: string, note: string): Promise<void> {
  return apiRequest<undefined>('POST', `${clientPath(clientId)}/additions/${encodeURIComponent(additionId)}/reject`, {
    body: note.trim() === '' ? {} : { note: note.trim() },
  });
}
