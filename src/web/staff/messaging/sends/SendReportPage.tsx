import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatMoment } from '../../../i18n/format';
import { problemMessage } from '../../../i18n/problem-message';
import { Alert } from '../../../ui/Alert';
import { Badge } from '../../../ui/Badge';
import { Button } from '../../../ui/Button';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { Heading, PageHeading } from '../../../ui/Heading';
import { LiveMessage } from '../../../ui/LiveMessage';
import { LoadingText } from '../../../ui/LoadingText';
import { useDocumentTitle } from '../../pages/document-title';
import { useNotice } from '../../pages/notice';
import { cancelSend } from '../messaging-api';
import { messagingKey, useSendReportQuery } from '../messaging-queries';
import type { SendReport } from '../messaging-types';
import { OutboxViewer } from './OutboxViewer';
import { reportCounts, SendCountsTable } from './SendCountsTable';
import { sendStatusTone, targetText } from './send-text';

/** One send: its reach and what became of it per channel, and every message in the outbox. */
export function SendReportPage() {
  const { t } = useTranslation();
  const { sendId = '' } = useParams();
  const notice = useNotice();
  const report = useSendReportQuery(sendId);
  const title = report.data?.send.templateName ?? t('messaging.report.title');
  useDocumentTitle(title);
  return (
    <>
      <p className="koers-back-link">
        <Link to="/messages">{t('messaging.backToMessages')}</Link>
      </p>
      <PageHeading>{title}</PageHeading>
      {notice !== undefined && <Alert type="success">{notice}</Alert>}
      {report.isPending && <LoadingText />}
      {report.isError && <Alert type="error">{problemMessage(report.error, t).message}</Alert>}
      {report.data !== undefined && <ReportView report={report.data} />}
      {report.data !== undefined && <OutboxViewer sendId={sendId} />}
    </>
  );
}

function ReportView({ report }: { report: SendReport }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const number = new Intl.NumberFormat(i18n.language);
  const { send, counts } = report;
  const cancel = useMutation({
    mutationFn: () => cancelSend(send.id),
    onSuccess: async () => {
      setConfirming(false);
      await queryClient.invalidateQueries({ queryKey: messagingKey });
      setMessage(t('messaging.report.cancelled'));
    },
    onError: () => { setConfirming(false); },
  });
  return (
    <>
      <LiveMessage message={message} />
      {cancel.isError && <Alert type="error">{problemMessage(cancel.error, t).message}</Alert>}
      <dl className="koers-details">
        <dt>{t('messaging.sends.columns.status')}</dt>
        <dd>
          <Badge tone={sendStatusTone[send.status]}>{t(`messaging.sends.status.${send.status}`)}</Badge>
          {send.urgent && <Badge tone="warning">{t('messaging.sends.urgent')}</Badge>}
        </dd>
        <dt>{t('messaging.sends.columns.category')}</dt>
        <dd>{t(`messaging.categories.${send.category}`)}</dd>
        <dt>{t('messaging.sends.columns.to')}</dt>
        <dd>{targetText(send, t)}</dd>
        <dt>{send.status === 'scheduled' ? t('messaging.sends.scheduledAt') : t('messaging.sends.columns.when')}</dt>
        <dd>
          <time dateTime={send.scheduledAt}>{formatMoment(send.scheduledAt)}</time>
        </dd>
        <dt>{t('messaging.sends.columns.by')}</dt>
        <dd>{send.createdBy.displayName}</dd>
      </dl>
      {send.status === 'scheduled' && (
        <>
          <Button variant="danger" onClick={() => { setConfirming(true); }}>
            {t('messaging.report.cancel')}
          </Button>
          <ConfirmDialog
            open={confirming}
            title={t('messaging.report.cancelTitle')}
            confirmLabel={t('messaging.report.cancelConfirm')}
            cancelLabel={t('messaging.report.cancelKeep')}
            destructive
            onConfirm={() => { if (!cancel.isPending) cancel.mutate(); }}
            onCancel={() => { setConfirming(false); }}
          >
            <p>{t('messaging.report.cancelBody')}</p>
          </ConfirmDialog>
        </>
      )}
      <section aria-labelledby="report-reach-title">
        <Heading level={2} id="report-reach-title">
          {t('messaging.report.reach')}
        </Heading>
        <dl className="koers-report-counts">
          {reportCounts.map((count) => (
            <div key={count} className="koers-report-counts__item">
              <dt>{t(`messaging.report.counts.${count}`)}</dt>
              <dd>{number.format(counts[count])}</dd>
            </div>
          ))}
        </dl>
      </section>
      {report.byChannel.length > 0 && (
        <section aria-labelledby="report-channels-title">
          <Heading level={2} id="report-channels-title">
            {t('messaging.report.byChannel')}
          </Heading>
          <SendCountsTable report={report} />
        </section>
      )}
    </>
  );
}
