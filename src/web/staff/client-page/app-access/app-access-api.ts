/**
 * The coach's side of the client app: the invitation and the client's devices. Shapes from the
 * contract the server validates with (src/common/api/clientApp.ts).
 */
import type { Static } from '@sinclair/typebox';
import type * as Api from '../../../../common/api/clientApp';
import { apiRequest } from '../../../endpoints/request';
import { staffDataKey } from '../../session/session-query';

export type AppInvitation = Static<typeof Api.AppInvitation>;
export type AppDevice = Static<typeof Api.AppDevice>;

export const devicesKey = (clientId: string) => [...staffDataKey, 'client-app', 'devices', clientId] as const;

const clientPath = (clientId: string) => `/api/v1/clients/${encodeURIComponent(clientId)}`;

export const inviteToApp = (clientId: string) => apiRequest<AppInvitation>('POST', `${clientPath(clientId)}/app-invitation`);

export const listDevices = (clientId: string) => apiRequest<{ devices: AppDevice[] }>('GET', `${clientPath(clientId)}/devices`);

export const revokeDevice = (clientId: string, deviceId: string) =>
  apiRequest<undefined>('POST', `${clientPath(clientId)}/devices/${encodeURIComponent(deviceId)}/revoke`);
