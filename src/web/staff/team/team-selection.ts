import type { TeamOverview } from '../../endpoints/caseload-types';

/** Whose caseload the team overview shows: a coach's, or the clients of a team without a coach. */
export type TeamSelection =
  | { kind: 'coach'; coach: { id: string; displayName: string } }
  | { kind: 'unassigned'; team: { id: string; name: string } };

export function selectionFromSearch(search: URLSearchParams, overview: TeamOverview): TeamSelection | null {
  const coachId = search.get('coach');
  const teamId = search.get('unassigned');
  const coach = overview.coaches.find((row) => row.coach.id === coachId)?.coach;
  if (coach !== undefined) return { kind: 'coach', coach };
  const team = overview.teams.find((row) => row.id === teamId);
  if (team !== undefined) return { kind: 'unassigned', team: { id: team.id, name: team.name } };
  return null;
}

export const coachHref = (coachId: string): string => `/team?coach=${encodeURIComponent(coachId)}`;
export const unassignedHref = (teamId: string): string => `/team?unassigned=${encodeURIComponent(teamId)}`;

/** The key of a selection, to tell when it changes. */
export const selectionKey = (selection: TeamSelection | null): string =>
  selection === null ? '' : selection.kind === 'coach' ? `coach:${selection.coach.id}` : `team:${selection.team.id}`;
