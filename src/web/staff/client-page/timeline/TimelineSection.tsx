import { useTranslation } from 'react-i18next';
import { formatMoment } from '../../../i18n/format';
import { ClientSection } from '../ClientSection';
import { useClientRecord } from '../client-record-context';
import { sectionId } from '../client-sections';
import { timelineSentence } from './timeline-sentence';

/** Everything that happened with the client, newest first, each as a sentence. */
export function TimelineSection() {
  const { t, i18n } = useTranslation();
  const { page } = useClientRecord();
  const context = { page, t, language: i18n.language };
  return (
    <ClientSection id={sectionId('timeline')} title={t('clientPage.sections.timeline')}>
      {page.timeline.length === 0 ? (
        <p>{t('clientPage.timeline.none')}</p>
      ) : (
        <ol className="koers-timeline" aria-label={t('clientPage.timeline.listLabel')}>
          {page.timeline.map((entry) => (
            <li key={entry.id} className="koers-timeline__entry">
              <time dateTime={entry.occurredAt} className="koers-timeline__time">
                {formatMoment(entry.occurredAt)}
              </time>
              <span className="koers-timeline__text">{timelineSentence(entry, context)}</span>
            </li>
          ))}
        </ol>
      )}
    </ClientSection>
  );
}
