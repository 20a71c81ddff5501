/** Roles that work with client records: find, open and record. */
export const clientWorkRoles = ['coach', 'manager', 'account_manager'] as const;

/** Roles that see a team overview (team leads are coaches) and keep the register. */
export const teamRoles = ['coach', 'manager'] as const;
