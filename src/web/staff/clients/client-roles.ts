/** Roles that work with client records: find, open and record. */
export const clientWorkRoles = ['coach', 'manager', 'account_manager'] as const;
