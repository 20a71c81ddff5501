/**
 * The audiences API as the staff app uses it; the shapes come from the contract the server
 * validates with (src/common/api/audiences.ts), so the two cannot drift apart.
 */
import type { Static } from '@sinclair/typebox';
import type * as Api from '../../../common/api/audiences';
import { apiRequest, queryString } from '../../endpoints/request';

export type AudienceDefinition = Static<typeof Api.AudienceDefinition>;
export type ConditionGroup = Static<typeof Api.ConditionGroup>;
export type Condition = Static<typeof Api.Condition>;
export type ConditionKind = Condition['kind'];
export type PhaseCode = Static<typeof Api.PhaseCode>;
export type ProfileOperator = Static<typeof Api.ProfileOperator>;
export type AudienceSummary = Static<typeof Api.AudienceSummary>;
export type Audience = Static<typeof Api.Audience>;
export type AudiencePreview = Static<typeof Api.AudiencePreview>;
export type AudienceSaved = Static<typeof Api.AudienceSaved>;
export type AudienceOptions = Static<typeof Api.AudienceOptions>;
export type MemberPage = Static<typeof Api.MemberPage>;
export type NewAudience = Static<typeof Api.NewAudience>;
export type AudienceChange = Static<typeof Api.AudienceChange>;

const base = '/api/v1/audiences';
const audiencePath = (id: string) => `${base}/${encodeURIComponent(id)}`;

export async function listAudiences(): Promise<AudienceSummary[]> {
  const { audiences } = await apiRequest<{ audiences: AudienceSummary[] }>('GET', base);
  return audiences;
}

export function getAudience(id: string): Promise<Audience> {
  return apiRequest<Audience>('GET', audiencePath(id));
}

export function createAudience(audience: NewAudience): Promise<AudienceSaved> {
  return apiRequest<AudienceSaved>('POST', base, { body: audience });
}

export function changeAudience(id: string, change: AudienceChange): Promise<AudienceSaved> {
  return apiRequest<AudienceSaved>('PUT', audiencePath(id), { body: change });
}

export function deleteAudience(id: string): Promise<void> {
  return apiRequest<undefined>('DELETE', audiencePath(id));
}

/** Count and sample of a definition being built (nothing is saved). */
export function previewAudience(definition: AudienceDefinition, audienceId: string | undefined, signal?: AbortSignal): Promise<AudiencePreview> {
  return apiRequest<AudiencePreview>('POST', '/api/v1/audience-previews', { body: { definition, ...(audienceId ? { audienceId } : {}) }, signal });
}

export function getAudienceOptions(): Promise<AudienceOptions> {
  return apiRequest<AudienceOptions>('GET', '/api/v1/audience-options');
}

export function listMembers(id: string, cursor?: string): Promise<MemberPage> {
  return apiRequest<MemberPage>('GET', `${audiencePath(id)}/members${queryString({ cursor })}`);
}

export function addStaticMembers(id: string, addition: { clientIds?: string[]; clientNumbers?: string[] }): Promise<AudienceSaved> {
  return apiRequest<AudienceSaved>('POST', `${audiencePath(id)}/static-members`, { body: addition });
}

export function removeStaticMember(id: string, clientId: string): Promise<void> {
  return apiRequest<undefined>('DELETE', `${audiencePath(id)}/static-members/${encodeURIComponent(clientId)}`);
}

/** Where a message to the audience is written (the messaging screens). */
export function newMessagePath(audienceId: string): string {
  return `/messages/new${queryString({ audience: audienceId })}`;
}
