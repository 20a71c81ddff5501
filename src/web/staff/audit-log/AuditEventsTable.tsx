import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '../../endpoints/types';
import { formatDateTime } from '../../i18n/format';
import { Icon } from '../../ui/Icon';
import { Table } from '../../ui/Table';

export function AuditEventsTable({ events }: { events: readonly AuditEvent[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Table caption={t('auditLog.results.caption')} hideCaption>
      <thead>
        <tr>
          <th scope="col">{t('auditLog.columns.occurredAt')}</th>
          <th scope="col">{t('auditLog.columns.actor')}</th>
          <th scope="col">{t('auditLog.columns.action')}</th>
          <th scope="col">{t('auditLog.columns.processingActivity')}</th>
          <th scope="col">{t('auditLog.columns.dataSubject')}</th>
          <th scope="col">{t('auditLog.columns.outcome')}</th>
          <th scope="col">{t('auditLog.columns.details')}</th>
        </tr>
      </thead>
      <tbody>
        {events.map((event) => (
          <tr key={event.id}>
            <td>
              <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt, i18n.language)}</time>
            </td>
            <td>{event.actor?.displayName ?? t('auditLog.system')}</td>
            <td>
              <code>{event.action}</code>
            </td>
            <td>{event.processingActivity}</td>
            <td>{event.dataSubject === null ? '—' : `${event.dataSubject.type} ${event.dataSubject.id}`}</td>
            <td>
              <span className={`koers-outcome koers-outcome--${event.outcome}`}>
                <Icon name={event.outcome === 'success' ? 'success' : 'error'} />
                {event.outcome === 'success' ? t('auditLog.outcome.success') : t('auditLog.outcome.failure')}
              </span>
            </td>
            <td>
              <details>
                <summary>{t('auditLog.details')}</summary>
                <dl className="koers-details koers-details--compact">
                  <dt>{t('auditLog.traceId')}</dt>
                  <dd>
                    <code>{event.traceId}</code>
                  </dd>
                  {Object.keys(event.attributes).length > 0 && (
                    <>
                      <dt>{t('auditLog.attributes')}</dt>
                      <dd>
                        <pre className="koers-audit-attributes">{JSON.stringify(event.attributes, null, 2)}</pre>
                      </dd>
                    </>
                  )}
                </dl>
              </details>
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
