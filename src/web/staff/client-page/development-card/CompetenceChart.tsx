import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../i18n/format';
import { chartSize, scoreRange, xPosition, yPosition } from './chart-geometry';

export interface CompetenceChartProps {
  label: string;
  /** Oldest first. */
  points: readonly { date: string; score: number }[];
  /** The first and last assessment of the whole card, so all charts share one time axis. */
  first: string;
  last: string;
}

const scores = Array.from({ length: scoreRange.max - scoreRange.min + 1 }, (_, i) => scoreRange.min + i);

/** A competence's scores over time as a line; the image is described in words for screen readers. */
export function CompetenceChart({ label, points, first, last }: CompetenceChartProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const { width, height, left, right, bottom } = chartSize;
  const latest = points[points.length - 1];
  const description =
    points.length === 0
      ? t('clientPage.development.chartEmpty', { competence: label })
      : t('clientPage.development.chartDescription', {
          competence: label,
          scores: points.map((p) => t('clientPage.development.scoreOn', { score: p.score, date: formatDate(p.date) })).join(', '),
        });
  const line = points.map((p) => `${String(xPosition(p.date, first, last))},${String(yPosition(p.score))}`).join(' ');

  return (
    <figure className="koers-competence-chart">
      <figcaption className="koers-competence-chart__caption">
        <span>{label}</span>
        <span className="koers-competence-chart__latest">
          {latest === undefined ? '—' : t('clientPage.development.latest', { score: latest.score })}
        </span>
      </figcaption>
      <svg viewBox={`0 0 ${String(width)} ${String(height)}`} role="img" aria-labelledby={titleId} className="koers-competence-chart__svg">
        <title id={titleId}>{description}</title>
        {scores.map((score) => (
          <g key={score}>
            <line x1={left} x2={width - right} y1={yPosition(score)} y2={yPosition(score)} className="koers-chart-grid" />
            <text x={left - 8} y={yPosition(score)} className="koers-chart-axis" textAnchor="end" dominantBaseline="middle">
              {score}
            </text>
          </g>
        ))}
        <text x={left} y={height - bottom + 18} className="koers-chart-axis" textAnchor="start">
          {formatDate(first)}
        </text>
        {last !== first && (
          <text x={width - right} y={height - bottom + 18} className="koers-chart-axis" textAnchor="end">
            {formatDate(last)}
          </text>
        )}
        {points.length > 1 && <polyline points={line} className="koers-chart-line" />}
        {points.map((p) => (
          <circle key={p.date} cx={xPosition(p.date, first, last)} cy={yPosition(p.score)} r={4} className="koers-chart-point" />
        ))}
      </svg>
    </figure>
  );
}
