/** Row types of the audience tables (migration 0007). */
export type AudienceTables = Record<never, never>
