import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatMoment } from '../../i18n/format';
import { problemMessage } from '../../i18n/problem-message';
import { Alert } from '../../ui/Alert';
import { Badge } from '../../ui/Badge';
import { Button, buttonClassName } from '../../ui/Button';
import { Heading, PageHeading } from '../../ui/Heading';
import { LoadingText } from '../../ui/LoadingText';
import { Table } from '../../ui/Table';
import { useDocumentTitle } from '../pages/document-title';
import { hasRole, useActiveSession } from '../session/ActiveSession';
import { useSendsQuery } from './messaging-queries';
import { hasAnyRole, senderRoles } from './messaging-roles';
import { sendStatusTone, targetText } from './sends/send-text';

/** "Berichten": where to send, templates and settings, and the sends so far, newest first. */
export function MessagesPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('messaging.title'));
  const session = useActiveSession();
  const sends = useSendsQuery();
  const rows = sends.data?.pages.flatMap((page) => page.sends) ?? [];
  const number = new Intl.NumberFormat(i18n.language);
  const isAdmin = hasRole(session, 'admin');
  return (
    <>
      <PageHeading>{t('messaging.title')}</PageHeading>
      <p className="koers-lead">{t('messaging.intro')}</p>
      <nav aria-label={t('messaging.menuLabel')} className="koers-messaging-menu">
        <ul className="koers-button-group koers-plain-list">
          {hasAnyRole(session, senderRoles) && (
            <li>
              <Link to="/messages/new" className={buttonClassName('primary')}>
                {t('messaging.menu.send')}
              </Link>
            </li>
          )}
          <li>
            <Link to="/messages/templates" className={buttonClassName('secondary')}>
              {t('messaging.menu.templates')}
            </Link>
          </li>
          <li>
            <Link to="/audiences" className={buttonClassName('secondary')}>
              {t('messaging.menu.audiences')}
            </Link>
          </li>
          {isAdmin && (
            <>
              <li>
                <Link to="/messages/dead-letters" className={buttonClassName('secondary')}>
                  {t('messaging.menu.deadLetters')}
                </Link>
              </li>
              <li>
                <Link to="/messages/settings" className={buttonClassName('secondary')}>
                  {t('messaging.menu.settings')}
                </Link>
              </li>
            </>
          )}
        </ul>
      </nav>
      <section aria-labelledby="sends-title">
        <Heading level={2} id="sends-title">
          {t('messaging.sends.title')}
        </Heading>
        {sends.isPending && <LoadingText />}
        {sends.isError && <Alert type="error">{problemMessage(sends.error, t).message}</Alert>}
        {sends.data !== undefined && rows.length === 0 && <p>{t('messaging.sends.none')}</p>}
        {rows.length > 0 && (
          <Table caption={t('messaging.sends.caption')} hideCaption>
            <thead>
              <tr>
                <th scope="col">{t('messaging.sends.columns.template')}</th>
                <th scope="col">{t('messaging.sends.columns.status')}</th>
                <th scope="col">{t('messaging.sends.columns.to')}</th>
                <th scope="col">{t('messaging.sends.columns.recipients')}</th>
                <th scope="col">{t('messaging.sends.columns.when')}</th>
                <th scope="col">{t('messaging.sends.columns.by')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((send) => (
                <tr key={send.id}>
                  <th scope="row">
                    <Link to={`/messages/sends/${encodeURIComponent(send.id)}`}>{send.templateName}</Link>
                    <div className="koers-cell-note">{t(`messaging.categories.${send.category}`)}</div>
                  </th>
                  <td>
                    <Badge tone={sendStatusTone[send.status]}>{t(`messaging.sends.status.${send.status}`)}</Badge>
                  </td>
                  <td>{targetText(send, t)}</td>
                  <td className="koers-number">{send.recipients === null ? '—' : number.format(send.recipients)}</td>
                  <td>
                    <time dateTime={send.scheduledAt}>{formatMoment(send.scheduledAt)}</time>
                  </td>
                  <td>{send.createdBy.displayName}</td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        {sends.hasNextPage && (
          <Button variant="secondary" disabled={sends.isFetchingNextPage} onClick={() => { void sends.fetchNextPage(); }}>
            {t('messaging.sends.more')}
          </Button>
        )}
      </section>
    </>
  );
}
