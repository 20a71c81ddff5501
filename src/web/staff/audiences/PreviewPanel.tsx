import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../ui/Alert';
import { Heading } from '../../ui/Heading';
import type { AudiencePreview } from './audience-api';

export interface PreviewPanelProps {
  preview: AudiencePreview | undefined;
  /** The definition is incomplete: nothing to count yet. */
  incomplete: boolean;
  counting: boolean;
  failure: string | null;
  /** Names link to the client page for those who may open it. */
  linkToClients: boolean;
}

/**
 * Who the audience holds while it is being built: the count (announced politely when it
 * changes) and up to ten names, each a link to the client.
 */
export function PreviewPanel({ preview, incomplete, counting, failure, linkToClients }: PreviewPanelProps) {
  const { t } = useTranslation();
  const countText =
    preview === undefined
      ? ''
      : preview.countScope === 'own'
        ? t('audiences.preview.countOwn', { count: preview.count })
        : t('audiences.preview.count', { count: preview.count });
  return (
    <section className="koers-audience-preview" aria-labelledby="audience-preview-title" aria-busy={counting}>
      <Heading level={2} id="audience-preview-title">
        {t('audiences.preview.title')}
      </Heading>
      <p className="koers-audience-preview__count" role="status" aria-live="polite" aria-atomic="true">
        {incomplete ? t('audiences.builder.incomplete') : counting && preview === undefined ? t('audiences.preview.counting') : countText}
      </p>
      {failure !== null && <Alert type="error" title={t('audiences.preview.failed')}>{failure}</Alert>}
      {!incomplete && preview !== undefined && preview.count === 0 && <p>{t('audiences.preview.zero')}</p>}
      {!incomplete && preview !== undefined && preview.sample.length > 0 && (
        <>
          <Heading level={3} id="audience-sample-title">
            {t('audiences.preview.sample')}
          </Heading>
          <p className="koers-field__description">{t('audiences.preview.sampleHint')}</p>
          <ul className="koers-audience-preview__sample" aria-labelledby="audience-sample-title">
            {preview.sample.map((member) => (
              <li key={member.id}>
                {linkToClients ? <Link to={`/clients/${encodeURIComponent(member.id)}`}>{member.name}</Link> : member.name} <span className="koers-audience-preview__number">{member.clientNumber}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
