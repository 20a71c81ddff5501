import type { ImportKind } from '../../../common/api/imports.js'
import { assignmentImporter } from './importAssignmentRows.js'
import { clientImporter } from './importClientRows.js'
import { interventionImporter } from './importInterventionRows.js'
import type { KindImporter } from './kindImporter.js'
import { statusImporter } from './importStatusRows.js'

export const importers: Record<ImportKind, KindImporter<unknown, unknown>> = {
  clients: clientImporter as KindImporter<unknown, unknown>,
  statuses: statusImporter as KindImporter<unknown, unknown>,
  interventions: interventionImporter as KindImporter<unknown, unknown>,
  assignments: assignmentImporter as KindImporter<unknown, unknown>,
}
