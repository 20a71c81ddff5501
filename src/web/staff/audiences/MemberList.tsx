import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMomentDate } from '../../i18n/format';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Heading } from '../../ui/Heading';
import { LoadingText } from '../../ui/LoadingText';
import { Table } from '../../ui/Table';
import { audienceProblem } from './audience-problem';
import { useMembersQuery } from './audience-queries';

export interface MemberListProps {
  audienceId: string;
  /** A static list: each member can be taken off it. */
  onRemove?: (member: { id: string; name: string }) => void;
  busy: boolean;
}

/** The current members, 50 at a time, by surname. */
export function MemberList({ audienceId, onRemove, busy }: MemberListProps) {
  const { t } = useTranslation();
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const cursor = cursors.at(-1);
  const page = useMembersQuery(audienceId, cursor);
  return (
    <section aria-labelledby="audience-members-title" className="koers-audience-members">
      <Heading level={2} id="audience-members-title">
        {t('audiences.static.members')}
      </Heading>
      {page.data?.countScope === 'own' && <p className="koers-field__description">{t('audiences.static.membersOwn')}</p>}
      {page.isPending && <LoadingText />}
      {page.isError && <Alert type="error">{audienceProblem(page.error, t)}</Alert>}
      {page.data?.members.length === 0 && cursors.length === 1 && <p>{t('audiences.static.noMembers')}</p>}
      {page.data !== undefined && page.data.members.length > 0 && (
        <Table caption={t('audiences.static.members')} hideCaption>
          <thead>
            <tr>
              <th scope="col">{t('audiences.static.client')}</th>
              <th scope="col">{t('audiences.static.clientNumber')}</th>
              <th scope="col">{t('audiences.static.since')}</th>
              {onRemove && <th scope="col">{t('audiences.table.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {page.data.members.map((member) => (
              <tr key={member.id}>
                <td>{member.name}</td>
                <td>{member.clientNumber}</td>
                <td>
                  <time dateTime={member.since}>{formatMomentDate(member.since)}</time>
                </td>
                {onRemove && (
                  <td>
                    <Button variant="subtle" disabled={busy} onClick={() => { onRemove({ id: member.id, name: member.name }); }}>
                      {t('audiences.static.remove')}
                      <span className="koers-visually-hidden">{t('audiences.static.removeName', { name: member.name })}</span>
                    </Button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {page.data?.nextCursor && (
        <Button variant="secondary" onClick={() => { setCursors((list) => [...list, page.data.nextCursor ?? undefined]); }}>
          {t('audiences.static.more')}
        </Button>
      )}
    </section>
  );
}
