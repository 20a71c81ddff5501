import type { ImportKind } from '../../../common/api/imports.js'
import { assignmentImporter } from './importAssignmentRows.js'
import { attendanceImporter } from './importAttendanceRows.js'
import { clientImporter } from './importClientRows.js'
import { interventionImporter } from './importInterventionRows.js'
import type { KindImporter } from './kindImporter.js'
import { statusImporter } from './importStatusRows.js'

export const importers: Record<ImportKind, KindImporter<unknown>> = {
  clients: clientImporter as KindImporter<unknown>,
  statuses: statusImporter as KindImporter<unknown>,
  interventions: interventionImporter as KindImporter<unknown>,
  assignments: assignmentImporter as KindImporter<unknown>,
  attendance: attendanceImporter as KindImporter<unknown>,
}
