import type { InterventionOutcome, InterventionStatus } from '../../../endpoints/client-types';

export const interventionStatuses: readonly InterventionStatus[] = ['planned', 'active', 'completed', 'cancelled'];
export const interventionOutcomes: readonly InterventionOutcome[] = ['successful', 'partly_successful', 'not_successful', 'stopped'];

export function isInterventionStatus(value: string): value is InterventionStatus {
  return (interventionStatuses as readonly string[]).includes(value);
}

export function isInterventionOutcome(value: string): value is InterventionOutcome {
  return (interventionOutcomes as readonly string[]).includes(value);
}

/** An outcome is recorded once an intervention is completed or cancelled. */
export const takesOutcome = (status: InterventionStatus): boolean => status === 'completed' || status === 'cancelled';
