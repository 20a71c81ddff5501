import { apiRequest } from './request';
import type { HouseStyle, OrganisationSummary } from './types';

export async function listOrganisations(): Promise<OrganisationSummary[]> {
  const { organisations } = await apiRequest<{ organisations: OrganisationSummary[] }>('GET', '/api/v1/organisations');
  return organisations;
}

/** The public house style of an organisation, for the sign-in page and the client app. */
export function getOrganisationHouseStyle(slug: string): Promise<HouseStyle> {
  return apiRequest<HouseStyle>('GET', `/api/v1/organisations/${encodeURIComponent(slug)}/house-style`);
}
