import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { SegmentScore } from '../../endpoints/client-types';
import { formatDate } from '../../i18n/format';
import { localLabel } from '../../i18n/labels';

/** The client's place on each segmentation scale: value, its meaning and when it was scored. */
export function SegmentScores({ segments }: { segments: readonly SegmentScore[] }) {
  const { t, i18n } = useTranslation();
  if (segments.length === 0) return null;
  return (
    <dl className="koers-details koers-segments">
      {segments.map((segment) => {
        const current = segment.current;
        const level = current === null ? undefined : segment.levels.find((l) => l.value === current.value);
        const highest = Math.max(...segment.levels.map((l) => l.value));
        return (
          <Fragment key={segment.scaleCode}>
            <dt>{localLabel(segment, i18n.language)}</dt>
            <dd>
              {current === null
                ? t('clientPage.segments.notScored')
                : t('clientPage.segments.score', {
                    value: current.value,
                    highest,
                    label: level === undefined ? '' : localLabel(level, i18n.language),
                    date: formatDate(current.assessedOn),
                  })}
            </dd>
          </Fragment>
        );
      })}
    </dl>
  );
}
