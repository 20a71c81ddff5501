import type { ColumnType, Generated } from 'kysely'

/** Row types of the messaging tables (migration 0006). */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>

export interface MessagingSettingsTable {
  tenant_id: string
  quiet_from: Generated<string>
  quiet_until: Generated<string>
  weekly_cap: Generated<number>
  extra_languages: Generated<string[]>
  sms_sender: Generated<string>
  updated_by: string | null
  updated_at: Timestamp
}

export interface MessageTemplatesTable {
  tenant_id: string
  id: Generated<string>
  name: string
  category: 'service' | 'news' | 'vacancy' | 'event'
  icon: Generated<string>
  archived: Generated<boolean>
  created_by: string | null
  created_at: Timestamp
  updated_by: string | null
  updated_at: Timestamp
}

export interface MessageTemplateTextsTable {
  tenant_id: string
  template_id: string
  language: string
  title: string
  body: string
  push_text: string | null
  sms_text: string | null
  email_subject: string | null
  email_html: string | null
  email_text: string | null
}

export interface ClientMessagingPreferencesTable {
  tenant_id: string
  client_id: string
  sms_consent: Generated<boolean>
  email_consent: Generated<boolean>
  push_consent: Generated<boolean>
  opted_out_categories: Generated<string[]>
  click_tracking: Generated<boolean>
  updated_by: string | null
  updated_by_client: Generated<boolean>
  updated_at: Timestamp
}

export interface ClientAppDevicesTable {
  tenant_id: string
  id: Generated<string>
  client_id: string
  label: string | null
  created_at: Timestamp
  last_seen_at: Timestamp
  revoked_at: NullableTimestamp
  push_endpoint: string | null
  push_p256dh: string | null
  push_auth: string | null
}

export interface MessageSendsTable {
  tenant_id: string
  id: Generated<string>
  template_id: string
  category: string
  urgent: Generated<boolean>
  target_kind: 'clients' | 'audience'
  client_ids: string[] | null
  audience_id: string | null
  variables: ColumnType<Record<string, string>, string | undefined, string>
  scheduled_at: Timestamp
  status: Generated<'scheduled' | 'sending' | 'done' | 'cancelled'>
  recipients: number | null
  idempotency_key: string
  created_by: string
  created_at: Timestamp
  materialised_at: NullableTimestamp
}

export type OutboxStatus = 'queued' | 'sending' | 'sent' | 'delivered' | 'failed' | 'suppressed' | 'dead'

export interface OutboxMessagesTable {
  tenant_id: string
  id: Generated<string>
  send_id: string
  client_id: string
  channel: 'app' | 'push' | 'sms' | 'email' | null
  status: Generated<OutboxStatus>
  reason: string | null
  attempts: Generated<number>
  next_attempt_at: Timestamp
  lease_until: NullableTimestamp
  provider: string | null
  provider_id: string | null
  language: string | null
  title: string | null
  body: string | null
  links: Generated<string[]>
  created_at: Timestamp
  sent_at: NullableTimestamp
  delivered_at: NullableTimestamp
  failed_at: NullableTimestamp
  opened_at: NullableTimestamp
  clicked_at: NullableTimestamp
}

export interface BouncedAddressesTable {
  tenant_id: string
  channel: 'sms' | 'email'
  address: string
  reason: string
  bounced_at: Timestamp
}

export interface MessagingTables {
  messaging_settings: MessagingSettingsTable
  message_templates: MessageTemplatesTable
  message_template_texts: MessageTemplateTextsTable
  client_messaging_preferences: ClientMessagingPreferencesTable
  client_app_devices: ClientAppDevicesTable
  message_sends: MessageSendsTable
  outbox_messages: OutboxMessagesTable
  bounced_addresses: BouncedAddressesTable
}
