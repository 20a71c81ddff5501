import { apiRequest } from './request';
import type { Team } from './types';

export async function listTeams(): Promise<Team[]> {
  const { teams } = await apiRequest<{ teams: Team[] }>('GET', '/api/v1/teams');
  return teams;
}

export function createTeam(name: string): Promise<Team> {
  return apiRequest<Team>('POST', '/api/v1/teams', { body: { name } });
}
