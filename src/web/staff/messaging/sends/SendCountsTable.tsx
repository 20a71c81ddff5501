import { useTranslation } from 'react-i18next';
import { Table } from '../../../ui/Table';
import type { SendReport } from '../messaging-types';

/** The counts a report shows, in the order a reader follows a message: reached, delivered, read. */
export const reportCounts = ['recipients', 'delivered', 'opened', 'clicked', 'failed', 'optedOut', 'overCap', 'unreachable'] as const;

/** Per channel: one row per channel, a column per count. */
export function SendCountsTable({ report }: { report: SendReport }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const columns = ['sent', 'delivered', 'opened', 'clicked', 'failed', 'queued'] as const;
  return (
    <Table caption={t('messaging.report.byChannelCaption')} hideCaption>
      <thead>
        <tr>
          <th scope="col">{t('messaging.outbox.columns.channel')}</th>
          {columns.map((column) => (
            <th scope="col" key={column}>
              {t(`messaging.report.counts.${column}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {report.byChannel.map((row) => (
          <tr key={row.channel}>
            <th scope="row">{t(`messaging.channels.${row.channel}`)}</th>
            {columns.map((column) => (
              <td key={column} className="koers-number">
                {number.format(row.counts[column])}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
