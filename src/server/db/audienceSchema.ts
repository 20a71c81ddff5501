import type { ColumnType, Generated } from 'kysely'
import type { AudienceDefinition } from '../../common/api/audiences.js'

/** Row types of the audience tables (migration 0007). */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>

export interface AudiencesTable {
  tenant_id: string
  id: Generated<string>
  name: string
  description: string | null
  kind: 'dynamic' | 'static'
  definition: ColumnType<AudienceDefinition | null, string | null, string | null>
  referenced_audiences: Generated<string[]>
  depends_on: Generated<string[]>
  member_count: Generated<number>
  refreshed_at: NullableTimestamp
  created_by: string | null
  created_at: Timestamp
  updated_by: string | null
  updated_at: Timestamp
}

export interface AudienceStaticMembersTable {
  tenant_id: string
  audience_id: string
  client_id: string
  added_by: string | null
  added_at: Timestamp
}

export interface AudienceMembersTable {
  tenant_id: string
  audience_id: string
  client_id: string
  since: Timestamp
}

export interface AudienceQueueTable {
  tenant_id: string
  id: ColumnType<number, never, never>
  client_id: string
  queued_at: Timestamp
}

export interface AudienceTables {
  audiences: AudiencesTable
  audience_static_members: AudienceStaticMembersTable
  audience_members: AudienceMembersTable
  audience_queue: AudienceQueueTable
}
