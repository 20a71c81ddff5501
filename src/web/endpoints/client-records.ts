import type {
  AssignmentChange,
  ContactChange,
  GoalChange,
  InterventionChange,
  NewCompetenceAssessment,
  NewDiagnosis,
  NewGoal,
  NewIntervention,
  NewSegmentScore,
  NewStatus,
  NewStep,
  PlanChange,
  ProfileValue,
  StepChange,
} from './client-types';
import type { NewContact, NewSnooze } from './caseload-types';
import { clientPath } from './clients';
import { apiRequest } from './request';

/** Recording on a client record: every call adds to the record and its timeline. */

type Created = { id: string };
const part = (clientId: string, path: string, id?: string): string =>
  `${clientPath(clientId)}/${path}${id === undefined ? '' : `/${encodeURIComponent(id)}`}`;

export function changeContact(clientId: string, change: ContactChange): Promise<void> {
  return apiRequest<undefined>('PATCH', clientPath(clientId), { body: change });
}

export function changeAssignment(clientId: string, change: AssignmentChange): Promise<void> {
  return apiRequest<undefined>('PUT', part(clientId, 'assignment'), { body: change });
}

export function addNote(clientId: string, body: string): Promise<Created> {
  return apiRequest<Created>('POST', part(clientId, 'notes'), { body: { body } });
}

export function startStatus(clientId: string, status: NewStatus): Promise<Created> {
  return apiRequest<Created>('POST', part(clientId, 'statuses'), { body: status });
}

export function endStatus(clientId: string, statusId: string, validTo: string): Promise<void> {
  return apiRequest<undefined>('PATCH', part(clientId, 'statuses', statusId), { body: { validTo } });
}

export function registerIntervention(clientId: string, intervention: NewIntervention): Promise<Created> {
  return apiRequest<Created>('POST', part(clientId, 'interventions'), { body: intervention });
}

export function changeIntervention(clientId: string, interventionId: string, change: InterventionChange): Promise<void> {
  return apiRequest<undefined>('PATCH', part(clientId, 'interventions', interventionId), { body: change });
}

export function recordSegmentScore(clientId: string, score: NewSegmentScore): Promise<void> {
  return apiRequest<undefined>('POST', part(clientId, 'segment-scores'), { body: score });
}

export function recordCompetenceAssessment(clientId: string, assessment: NewCompetenceAssessment): Promise<void> {
  return apiRequest<undefined>('POST', part(clientId, 'competence-assessments'), { body: assessment });
}

export function recordDiagnosis(clientId: string, diagnosis: NewDiagnosis): Promise<void> {
  return apiRequest<undefined>('POST', part(clientId, 'diagnoses'), { body: diagnosis });
}

/** Sets a profile value, or clears it with null. */
export function setProfileValue(clientId: string, criterionCode: string, value: ProfileValue | null): Promise<void> {
  return apiRequest<undefined>('PUT', part(clientId, 'profile-values', criterionCode), { body: { value } });
}

export function changePlan(clientId: string, change: PlanChange): Promise<void> {
  return apiRequest<undefined>('PATCH', part(clientId, 'plan'), { body: change });
}

export function addGoal(clientId: string, goal: NewGoal): Promise<Created> {
  return apiRequest<Created>('POST', part(clientId, 'plan-goals'), { body: goal });
}

export function changeGoal(clientId: string, goalId: string, change: GoalChange): Promise<void> {
  return apiRequest<undefined>('PATCH', part(clientId, 'plan-goals', goalId), { body: change });
}

export function addStep(clientId: string, step: NewStep): Promise<Created> {
  return apiRequest<Created>('POST', part(clientId, 'plan-steps'), { body: step });
}

export function changeStep(clientId: string, stepId: string, change: StepChange): Promise<void> {
  return apiRequest<undefined>('PATCH', part(clientId, 'plan-steps', stepId), { body: change });
}

/** A conversation, call, home visit … with the client. */
export function registerContact(clientId: string, contact: NewContact): Promise<Created> {
  return apiRequest<Created>('POST', part(clientId, 'contacts'), { body: contact });
}

/** Puts an open signal aside until a date, with a reason. */
export function snoozeSignal(clientId: string, snooze: NewSnooze): Promise<void> {
  return apiRequest<undefined>('POST', part(clientId, 'signal-snoozes'), { body: snooze });
}
