import type { TFunction } from 'i18next';
import { allRoles, type Role } from '../endpoints/types';

export function isRole(value: string): value is Role {
  return (allRoles as readonly string[]).includes(value);
}

/** A role's name in the user's language; unknown roles keep their code. */
export function roleName(role: string, t: TFunction): string {
  return isRole(role) ? t(`roles.${role}`) : role;
}
