import { Type, type Static, type TSchema } from '@sinclair/typebox'
import { DateTime, Uuid } from './shared.js'

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()])
const Person = Type.Object({ id: Uuid, displayName: Type.String() })
const Slug = (max: number, description: string) => Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: max, description })

export const ImportKind = Type.Union(
  [Type.Literal('clients'), Type.Literal('statuses'), Type.Literal('interventions'), Type.Literal('assignments'), Type.Literal('attendance')],
  { description: 'What the rows are: clients (optionally with a status each), statuses, interventions, coach assignments or attendance (the register per client and scheduled day)' },
)
export type ImportKind = Static<typeof ImportKind>

/** Every Koers field a column can map to; which ones apply depends on the kind. */
export const importFieldsByKind = {
  clients: [
    'sourceId',
    'clientNumber',
    'bsn',
    'initials',
    'firstNames',
    'tussenvoegsel',
    'surname',
    'dateOfBirth',
    'street',
    'houseNumber',
    'postcode',
    'city',
    'phone',
    'email',
    'preferredLanguage',
    'preferredChannel',
    'intakeDate',
    'statusSourceId',
    'statusCode',
    'statusValidFrom',
    'statusValidTo',
    'statusRegime',
  ],
  statuses: ['sourceId', 'clientSourceId', 'statusCode', 'validFrom', 'validTo', 'plannedEnd', 'regime', 'organisation', 'note'],
  interventions: ['sourceId', 'clientSourceId', 'typeCode', 'status', 'startDate', 'endDate', 'outcome', 'outcomeNote'],
  assignments: ['clientSourceId', 'coachUsername', 'teamName'],
  attendance: ['clientSourceId', 'clientNumber', 'day', 'attendanceStatus', 'location', 'note'],
} as const satisfies Record<ImportKind, readonly string[]>

/** The fields a mapping of a kind must map (attendance also one of clientSourceId and clientNumber). */
export const requiredImportFields = {
  clients: ['sourceId', 'firstNames', 'surname'],
  statuses: ['sourceId', 'clientSourceId', 'statusCode', 'validFrom'],
  interventions: ['sourceId', 'clientSourceId', 'typeCode', 'status', 'startDate'],
  assignments: ['clientSourceId', 'coachUsername'],
  attendance: ['day', 'attendanceStatus'],
} as const satisfies { [K in ImportKind]: readonly (typeof importFieldsByKind)[K][number][] }

export type ImportField = (typeof importFieldsByKind)[ImportKind][number]
const allFields: ImportField[] = [...new Set(Object.values(importFieldsByKind).flat())]
export const ImportField = Type.Unsafe<ImportField>({
  type: 'string',
  enum: allFields,
  description: 'A Koers field; which ones apply depends on the kind',
})

export const ColumnMapping = Type.Object(
  {
    field: ImportField,
    column: Type.String({ minLength: 1, maxLength: 200, description: 'The column header in the file (case and spaces around it do not matter)' }),
  },
  { additionalProperties: false },
)

export const ValueMap = Type.Object(
  {
    field: ImportField,
    from: Type.String({ maxLength: 200, description: 'A value as the source system writes it, e.g. PW' }),
    to: Type.String({ maxLength: 200, description: 'The Koers value, e.g. the status code benefit' }),
  },
  { additionalProperties: false },
)

export const ImportOptions = Type.Object(
  {
    delimiter: Type.Optional(
      Type.Union([Type.Literal('auto'), Type.Literal(','), Type.Literal(';'), Type.Literal('tab'), Type.Literal('|')], {
        description: 'CSV column separator; auto detects it (default)',
      }),
    ),
    encoding: Type.Optional(
      Type.Union([Type.Literal('auto'), Type.Literal('utf-8'), Type.Literal('windows-1252')], {
        description: 'CSV character encoding; auto reads UTF-8 and falls back to Windows-1252 (default)',
      }),
    ),
    sheet: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'XLSX: the worksheet to read (default: the first)' })),
    valueMaps: Type.Optional(Type.Array(ValueMap, { maxItems: 1000, description: "Codes of the source system translated to Koers's codes" })),
  },
  { additionalProperties: false },
)
export type ImportOptions = Static<typeof ImportOptions>

export const NewImportMapping = Type.Object(
  {
    name: Slug(63, 'A short name in lower case with dashes, e.g. suite-clients; also the folder name of the scheduled pick-up'),
    kind: ImportKind,
    sourceSystem: Slug(40, 'The system the ids come from, e.g. suite, sonar, dariuz or spreadsheet'),
    columns: Type.Array(ColumnMapping, { minItems: 1, maxItems: 60 }),
    options: Type.Optional(ImportOptions),
  },
  { additionalProperties: false },
)
export type NewImportMapping = Static<typeof NewImportMapping>

export const ImportMapping = Type.Object({
  id: Uuid,
  name: Type.String(),
  kind: ImportKind,
  sourceSystem: Type.String(),
  columns: Type.Array(ColumnMapping),
  options: ImportOptions,
  createdAt: DateTime,
  updatedAt: DateTime,
})
export type ImportMapping = Static<typeof ImportMapping>
export const ImportMappingList = Type.Object({ mappings: Type.Array(ImportMapping) })
export const MappingIdParams = Type.Object({ mappingId: Uuid })

// --- Files ------------------------------------------------------------------------------------

export const FileFormat = Type.Union([Type.Literal('csv'), Type.Literal('xlsx')])

export const ImportPreviewUpload = Type.Object({
  file: Type.String({ format: 'binary', description: 'A CSV (any separator; UTF-8 or Windows-1252) or XLSX file' }),
  delimiter: Type.Optional(Type.String({ description: 'As in the mapping options; default auto' })),
  encoding: Type.Optional(Type.String({ description: 'As in the mapping options; default auto' })),
  sheet: Type.Optional(Type.String({ description: 'XLSX: the worksheet; default the first' })),
})

export const ImportPreview = Type.Object({
  format: FileFormat,
  encoding: Nullable(Type.String({ description: 'CSV: the encoding detected or chosen' })),
  delimiter: Nullable(Type.String({ description: 'CSV: the separator detected or chosen (tab for a tab)' })),
  sheet: Nullable(Type.String({ description: 'XLSX: the worksheet read' })),
  sheets: Type.Array(Type.String(), { description: 'XLSX: all worksheets' }),
  headers: Type.Array(Type.String()),
  rows: Type.Array(Type.Array(Type.String()), { description: 'The first rows, as text' }),
  rowCount: Type.Integer({ description: 'Data rows in the file, the header not counted' }),
})
export type ImportPreview = Static<typeof ImportPreview>

// --- Runs -------------------------------------------------------------------------------------

export const ImportUpload = Type.Object({
  file: Type.String({ format: 'binary', description: 'A CSV or XLSX file, at most the upload limit' }),
  mappingId: Uuid,
  dryRun: Type.Optional(Type.Boolean({ description: 'true: report what would happen and change nothing (default false)' })),
})

export const ImportRunStatus = Type.Union([Type.Literal('queued'), Type.Literal('running'), Type.Literal('done'), Type.Literal('failed')])
export const ImportOutcome = Type.Union([Type.Literal('created'), Type.Literal('changed'), Type.Literal('unchanged'), Type.Literal('rejected')])
export type ImportOutcome = Static<typeof ImportOutcome>

export const ImportRun = Type.Object({
  id: Uuid,
  kind: ImportKind,
  mappingId: Nullable(Uuid),
  mappingName: Type.String(),
  sourceSystem: Type.String(),
  dryRun: Type.Boolean(),
  origin: Type.Union([Type.Literal('api'), Type.Literal('folder'), Type.Literal('cli')]),
  status: ImportRunStatus,
  file: Type.Object({
    name: Type.String(),
    size: Type.Integer({ description: 'Bytes' }),
    format: FileFormat,
    encoding: Nullable(Type.String()),
    delimiter: Nullable(Type.String()),
  }),
  totalRows: Type.Integer(),
  processedRows: Type.Integer({ description: 'Rows done so far; a resumed run goes on after these' }),
  counts: Type.Object({ created: Type.Integer(), changed: Type.Integer(), unchanged: Type.Integer(), rejected: Type.Integer() }),
  failure: Nullable(Type.String({ description: 'Why the run stopped, when it failed as a whole' })),
  requestedBy: Nullable(Person),
  createdAt: DateTime,
  startedAt: Nullable(DateTime),
  finishedAt: Nullable(DateTime),
})
export type ImportRun = Static<typeof ImportRun>

export const ImportRunList = Type.Object({ imports: Type.Array(ImportRun) })
export const ImportRunQuery = Type.Object(
  { limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })) },
  { additionalProperties: false },
)
export const ImportIdParams = Type.Object({ importId: Uuid })

export const ImportRowError = Type.Object({
  field: Type.String({ description: 'The Koers field, or row for the row as a whole' }),
  column: Nullable(Type.String({ description: 'The column of the file' })),
  message: Type.String(),
})

export const ImportRowReport = Type.Object({
  rowNumber: Type.Integer({ description: 'As a spreadsheet shows it: the header is row 1' }),
  sourceId: Nullable(Type.String()),
  outcome: ImportOutcome,
  clientId: Nullable(Uuid),
  changedFields: Type.Array(Type.String()),
  errors: Type.Array(ImportRowError),
})
export type ImportRowReport = Static<typeof ImportRowReport>

export const ImportRowQuery = Type.Object(
  {
    outcome: Type.Optional(ImportOutcome),
    afterRowNumber: Type.Optional(Type.Integer({ minimum: 1, default: 1, description: 'Rows after this row number (for the next page)' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 200 })),
  },
  { additionalProperties: false },
)
export const ImportRowList = Type.Object({
  rows: Type.Array(ImportRowReport),
  more: Type.Boolean({ description: 'true when there are more rows after the last one' }),
})
