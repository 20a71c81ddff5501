/**
 * Shapes of the import API, taken from its contract (src/common/api/imports.ts). The field
 * lists are values there; they are repeated here so the web app does not bundle the schema
 * library, and the compiler checks that both lists stay the same.
 */
import type { Static } from '@sinclair/typebox';
import type * as Api from '../../common/api/imports';

export type ImportKind = Static<typeof Api.ImportKind>;
export type ImportMapping = Static<typeof Api.ImportMapping>;
export type NewImportMapping = Static<typeof Api.NewImportMapping>;
export type ImportOptions = Static<typeof Api.ImportOptions>;
export type ImportPreview = Static<typeof Api.ImportPreview>;
export type ImportRun = Static<typeof Api.ImportRun>;
export type ImportRunStatus = Static<typeof Api.ImportRunStatus>;
export type ImportOutcome = Static<typeof Api.ImportOutcome>;
export type ImportRowReport = Static<typeof Api.ImportRowReport>;
export type ImportRowList = Static<typeof Api.ImportRowList>;
export type ImportField = Api.ImportField;

export const importKinds: readonly ImportKind[] = ['clients', 'statuses', 'interventions', 'assignments', 'attendance'];

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
} as const;

export const requiredImportFields = {
  clients: ['sourceId', 'firstNames', 'surname'],
  statuses: ['sourceId', 'clientSourceId', 'statusCode', 'validFrom'],
  interventions: ['sourceId', 'clientSourceId', 'typeCode', 'status', 'startDate'],
  assignments: ['clientSourceId', 'coachUsername'],
  attendance: ['day', 'attendanceStatus'],
} as const;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type FieldsOf<T extends Record<ImportKind, readonly string[]>> = { [K in ImportKind]: T[K][number] };
/** Fails to compile when the lists above and the contract's differ. */
export const fieldListsMatchContract: Same<FieldsOf<typeof importFieldsByKind>, FieldsOf<typeof Api.importFieldsByKind>> &
  Same<FieldsOf<typeof requiredImportFields>, FieldsOf<typeof Api.requiredImportFields>> = true;

export const allImportFields: readonly ImportField[] = [...new Set(Object.values(importFieldsByKind).flat())];
