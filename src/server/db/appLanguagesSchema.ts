import type { ColumnType } from 'kysely'

/** Row types of the languages an organisation adds to the client app (migration 0014). */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>

export interface AppLanguagesTable {
  tenant_id: string
  code: string
  name: string
  direction: 'ltr' | 'rtl'
  /** Translations by dotted key; written as JSON text. */
  texts: ColumnType<Record<string, string>, string, string>
  created_at: Timestamp
  updated_at: Timestamp
  updated_by: string | null
}

export interface AppLanguagesTables {
  app_languages: AppLanguagesTable
}
