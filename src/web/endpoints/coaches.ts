import type { Coach } from './client-types';
import { apiRequest } from './request';

/** The active coaches and their teams: whom a client can be assigned to. */
export async function listCoaches(): Promise<Coach[]> {
  const { coaches } = await apiRequest<{ coaches: Coach[] }>('GET', '/api/v1/coaches');
  return coaches;
}
