/** Where points of a score-over-time chart go: time to the right, score (1–5) upwards. */

export const chartSize = { width: 280, height: 140, left: 28, right: 12, top: 12, bottom: 28 } as const;
export const scoreRange = { min: 1, max: 5 } as const;

const day = (date: string): number => Date.parse(`${date}T00:00:00Z`);

export function xPosition(date: string, first: string, last: string): number {
  const { width, left, right } = chartSize;
  const span = day(last) - day(first);
  if (span <= 0) return left + (width - left - right) / 2;
  return left + ((day(date) - day(first)) / span) * (width - left - right);
}

export function yPosition(score: number): number {
  const { height, top, bottom } = chartSize;
  return top + ((scoreRange.max - score) / (scoreRange.max - scoreRange.min)) * (height - top - bottom);
}
