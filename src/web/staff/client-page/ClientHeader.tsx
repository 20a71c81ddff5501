import { useTranslation } from 'react-i18next';
import { formatDate, formatMomentDate } from '../../i18n/format';
import { Badge } from '../../ui/Badge';
import { Heading } from '../../ui/Heading';
import { useClientRecord } from './client-record-context';
import { phaseText } from './phase-text';
import { SegmentScores } from './SegmentScores';
import { StatusBadges } from './StatusBadges';

/** The situation at a glance: who, how long unemployed, who guides them, statuses and scores. */
export function ClientHeader() {
  const { t } = useTranslation();
  const { page, canEdit } = useClientRecord();
  const { client, assignment, phase } = page;
  const birth =
    client.dateOfBirth === null
      ? t('clientPage.header.unknown')
      : client.age === null
        ? formatDate(client.dateOfBirth)
        : t('clientPage.header.ageAndBirth', { age: client.age, date: formatDate(client.dateOfBirth) });

  return (
    <div className="koers-client-header">
      <div className="koers-client-header__facts">
        {!canEdit && (
          <p className="koers-client-header__access">
            <Badge tone="warning">{t('clientPage.readOnly.badge')}</Badge> {t('clientPage.readOnly.text')}
          </p>
        )}
        {page.access.via === 'grant' && <p className="koers-client-header__access">{t('clientPage.header.viaGrant')}</p>}
        <dl className="koers-details">
          <dt>{t('clientPage.header.clientNumber')}</dt>
          <dd>{client.clientNumber}</dd>
          <dt>{t('clientPage.header.age')}</dt>
          <dd>{birth}</dd>
          <dt>{t('clientPage.header.bsn')}</dt>
          <dd>{client.bsnMasked ?? t('clientPage.header.unknown')}</dd>
          <dt>{t('clientPage.header.phase')}</dt>
          <dd>
            <strong>{phaseText(phase, t)}</strong>
            {client.intakeDate !== null && <> ({t('clientPage.header.intakeOn', { date: formatDate(client.intakeDate) })})</>}
          </dd>
          <dt>{t('clientPage.header.coach')}</dt>
          <dd>{assignment?.coach?.displayName ?? t('clientPage.header.noCoach')}</dd>
          <dt>{t('clientPage.header.team')}</dt>
          <dd>
            {assignment?.team?.name ?? t('clientPage.header.noTeam')}
            {assignment !== null && <> ({t('clientPage.header.since', { date: formatMomentDate(assignment.since) })})</>}
          </dd>
        </dl>
      </div>
      <div className="koers-client-header__situation">
        <Heading level={2} className="koers-client-header__subtitle">
          {t('clientPage.header.statusesTitle')}
        </Heading>
        <StatusBadges statuses={page.statuses.current} />
        <Heading level={2} className="koers-client-header__subtitle">
          {t('clientPage.header.segmentsTitle')}
        </Heading>
        <SegmentScores segments={page.segments} />
      </div>
    </div>
  );
}
