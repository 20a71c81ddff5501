export type PhaseCode = 'before-intake' | '0-3' | '3-6' | '6-12' | '12+' | 'outflow'

/** Whole months from one date to another (YYYY-MM-DD), counting a month only when it is complete. */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number]
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number]
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0)
}

/**
 * The phase of unemployment of seed 004: before intake, 0–3, 3–6, 6–12 or more than 12 months
 * since intake; `outflow` once the client has left.
 */
export function phaseOf(intakeDate: string | null, outflowDate: string | null, today: string): { code: PhaseCode; monthsSinceIntake: number | null } {
  if (outflowDate !== null && outflowDate <= today) return { code: 'outflow', monthsSinceIntake: intakeDate ? monthsBetween(intakeDate, outflowDate) : null }
  if (intakeDate === null || intakeDate > today) return { code: 'before-intake', monthsSinceIntake: null }
  const months = monthsBetween(intakeDate, today)
  const code: PhaseCode = months < 3 ? '0-3' : months < 6 ? '3-6' : months < 12 ? '6-12' : '12+'
  return { code, monthsSinceIntake: months }
}
