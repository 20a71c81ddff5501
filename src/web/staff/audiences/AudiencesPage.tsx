import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatMoment } from '../../i18n/format';
import { Alert } from '../../ui/Alert';
import { buttonClassName } from '../../ui/Button';
import { PageHeading } from '../../ui/Heading';
import { LiveMessage } from '../../ui/LiveMessage';
import { LoadingText } from '../../ui/LoadingText';
import { Table } from '../../ui/Table';
import { useDocumentTitle } from '../pages/document-title';
import { useNotice } from '../pages/notice';
import { newMessagePath } from './audience-api';
import { audienceProblem } from './audience-problem';
import { useAudiencesQuery } from './audience-queries';
import './audiences.css';

/** The saved audiences with their member counts, to open, change or send a message to. */
export function AudiencesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('audiences.title'));
  const notice = useNotice();
  const audiences = useAudiencesQuery();
  return (
    <>
      <PageHeading>{t('audiences.title')}</PageHeading>
      <p className="koers-lead">{t('audiences.intro')}</p>
      <LiveMessage message={notice ?? null} />
      <div className="koers-audience-actions">
        <Link className={buttonClassName('primary')} to="/audiences/new">
          {t('audiences.newDynamic')}
        </Link>
        <Link className={buttonClassName('secondary')} to="/audiences/new-list">
          {t('audiences.newStatic')}
        </Link>
      </div>
      {audiences.isPending && <LoadingText />}
      {audiences.isError && <Alert type="error">{audienceProblem(audiences.error, t)}</Alert>}
      {audiences.data?.length === 0 && <p>{t('audiences.none')}</p>}
      {audiences.data !== undefined && audiences.data.length > 0 && (
        <Table caption={t('audiences.table.caption')}>
          <thead>
            <tr>
              <th scope="col">{t('audiences.table.name')}</th>
              <th scope="col">{t('audiences.table.kind')}</th>
              <th scope="col" className="koers-audience-number">
                {t('audiences.table.members')}
              </th>
              <th scope="col">{t('audiences.table.updated')}</th>
              <th scope="col">{t('audiences.table.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {audiences.data.map((audience) => (
              <tr key={audience.id}>
                <th scope="row">
                  <Link to={`/audiences/${encodeURIComponent(audience.id)}`}>{audience.name}</Link>
                  {audience.description && <div className="koers-field__description">{audience.description}</div>}
                </th>
                <td>{t(`audiences.kind.${audience.kind}`)}</td>
                <td className="koers-audience-number">
                  {audience.countScope === 'own' ? t('audiences.membersOwn', { count: audience.memberCount }) : audience.memberCount.toLocaleString('nl-NL')}
                </td>
                <td>{audience.updatedBy ? t('audiences.updatedBy', { date: formatMoment(audience.updatedAt), name: audience.updatedBy.displayName }) : formatMoment(audience.updatedAt)}</td>
                <td>
                  <Link to={newMessagePath(audience.id)}>
                    {t('audiences.sendMessage')}
                    <span className="koers-visually-hidden">{t('audiences.sendMessageTo', { name: audience.name })}</span>
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
