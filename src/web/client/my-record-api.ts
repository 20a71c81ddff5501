/**
 * "Mijn gegevens": the client app's calls, with shapes from the contract the server validates
 * with (src/common/api/myRecord.ts).
 */
import type { Static } from '@sinclair/typebox';
import type * as Api from '../../common/api/myRecord';
import { apiRequest, queryString } from '../endpoints/request';

export type MyRecord = Static<typeof Api.MyRecord>;
export type RecordViews = Static<typeof Api.RecordViews>;
export type RecordVisit = Static<typeof Api.RecordVisit>;
export type ClientAddition = Static<typeof Api.ClientAddition>;
export type NewAddition = Static<typeof Api.NewAddition>;
export type ProposedContact = Static<typeof Api.ProposedContact>;

export const myRecordKey = ['client-app', 'record'] as const;
export const recordViewsKey = ['client-app', 'record', 'views'] as const;

export const fetchMyRecord = () => apiRequest<MyRecord>('GET', '/api/v1/me/record');
export const fetchRecordViews = (before?: string) => apiRequest<RecordViews>('GET', `/api/v1/me/record/views${queryString({ before })}`);
export const addToMyRecord = (addition: NewAddition) => apiRequest<ClientAddition>('POST', '/api/v1/me/record/additions', { body: addition });

/** The file to download, in the app's language when the file speaks it. */
export const downloadUrl = (format: 'json' | 'html', language: string): string =>
  `/api/v1/me/record/download${queryString({ format, lang: language === 'nl' || language === 'en' ? language : undefined })}`;
