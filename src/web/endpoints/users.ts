import { apiRequest } from './request';
import type { NewUser, User, UserChanges } from './types';

export async function listUsers(): Promise<User[]> {
  const { users } = await apiRequest<{ users: User[] }>('GET', '/api/v1/users');
  return users;
}

export function createUser(user: NewUser): Promise<User> {
  return apiRequest<User>('POST', '/api/v1/users', { body: user });
}

export function updateUser(userId: string, changes: UserChanges): Promise<User> {
  return apiRequest<User>('PATCH', `/api/v1/users/${encodeURIComponent(userId)}`, { body: changes });
}

/** Removes the user's second factor; they set up a new one at their next sign-in. */
export function resetSecondFactor(userId: string): Promise<void> {
  return apiRequest<undefined>('DELETE', `/api/v1/users/${encodeURIComponent(userId)}/second-factor`);
}
