import { useTranslation } from 'react-i18next';
import type { SuggestedAction } from '../../endpoints/client-types';
import { Badge, type BadgeTone } from '../../ui/Badge';
import { Heading } from '../../ui/Heading';

const severityTone: Record<SuggestedAction['severity'], BadgeTone> = { info: 'info', warning: 'warning', urgent: 'error' };

/** What the data asks the coach to do next; said plainly when there is nothing. */
export function SuggestedActions({ actions }: { actions: readonly SuggestedAction[] }) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="client-suggested-actions" className="koers-suggested-actions">
      <Heading level={2} id="client-suggested-actions">
        {t('clientPage.suggestedActions.title')}
      </Heading>
      {actions.length === 0 ? (
        <p>{t('clientPage.suggestedActions.none')}</p>
      ) : (
        <ul className="koers-plain-list">
          {actions.map((action) => (
            <li key={`${action.signalCode}-${action.action}`}>
              <Badge tone={severityTone[action.severity]}>{t(`clientPage.suggestedActions.severity.${action.severity}`)}</Badge>{' '}
              {i18n.language.startsWith('en') ? action.titleEn : action.titleNl}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
