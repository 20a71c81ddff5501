import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMomentDate } from '../../../i18n/format';
import { Disclosure } from '../../../ui/Disclosure';
import { Heading } from '../../../ui/Heading';
import { Table } from '../../../ui/Table';
import { ClientSection } from '../ClientSection';
import { useClientRecord } from '../client-record-context';
import { sectionId } from '../client-sections';
import { useSectionNotice } from '../section-notice';
import { AssignmentForm } from './AssignmentForm';

const id = sectionId('assignment');

/** Who guides the client, since when and why; changing team and coach; the history. */
export function AssignmentSection() {
  const { t } = useTranslation();
  const { page, canEdit } = useClientRecord();
  const { notice, announce } = useSectionNotice(id);
  const [changing, setChanging] = useState(false);
  const current = page.assignment;

  return (
    <ClientSection id={id} title={t('clientPage.sections.assignment')} notice={notice}>
      {current === null ? (
        <p>{t('clientPage.assignment.none')}</p>
      ) : (
        <p>
          {t('clientPage.assignment.current', {
            coach: current.coach?.displayName ?? t('clientPage.header.noCoach'),
            team: current.team?.name ?? t('clientPage.header.noTeam'),
            date: formatMomentDate(current.since),
          })}
        </p>
      )}
      {canEdit && (
        <Disclosure summary={t('clientPage.assignment.change')} open={changing} onOpenChange={setChanging}>
          <AssignmentForm
            onSaved={() => {
              setChanging(false);
              announce(t('clientPage.assignment.saved'));
            }}
          />
        </Disclosure>
      )}
      {page.assignmentHistory.length > 0 && (
        <>
          <Heading level={3}>{t('clientPage.assignment.historyTitle')}</Heading>
          <Table caption={t('clientPage.assignment.historyTitle')} hideCaption>
            <thead>
              <tr>
                <th scope="col">{t('clientPage.assignment.columns.coach')}</th>
                <th scope="col">{t('clientPage.assignment.columns.team')}</th>
                <th scope="col">{t('clientPage.assignment.columns.since')}</th>
                <th scope="col">{t('clientPage.assignment.columns.until')}</th>
                <th scope="col">{t('clientPage.assignment.columns.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {page.assignmentHistory.map((assignment) => (
                <tr key={assignment.since}>
                  <th scope="row">{assignment.coach?.displayName ?? t('clientPage.header.noCoach')}</th>
                  <td>{assignment.team?.name ?? t('clientPage.header.noTeam')}</td>
                  <td>{formatMomentDate(assignment.since)}</td>
                  <td>{assignment.until === null ? t('clientPage.assignment.now') : formatMomentDate(assignment.until)}</td>
                  <td>{assignment.reason ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </Table>
        </>
      )}
    </ClientSection>
  );
}
