import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Alert } from '../ui/Alert';
import { Button, buttonClassName } from '../ui/Button';
import { Icon } from '../ui/Icon';
import { LoadingText } from '../ui/LoadingText';
import { downloadUrl, fetchMyRecord, myRecordKey } from './my-record-api';
import { AboutMeSection, CoachSection, PlanSection, SituationSection } from './MyRecordAbout';
import { DoneSection, MessagesSection } from './MyRecordActivity';
import { AddSection } from './MyRecordAddition';
import { MyRecordSection } from './MyRecordSection';
import { ViewsSection } from './MyRecordViews';
import './MyRecord.css';

/**
 * "Mijn gegevens": everything the organisation keeps about the client, in plain words; who
 * looked at it; a way to add or correct; the whole record to download; and the way to the
 * client's own channel choices.
 */
export function MyRecord({ onOpenChoices }: { onOpenChoices: () => void }) {
  const { t, i18n } = useTranslation();
  const record = useQuery({ queryKey: myRecordKey, queryFn: fetchMyRecord });
  return (
    <div className="koers-my-record">
      <h1>{t('clientRecord.title')}</h1>
      <p className="koers-client-lead">{t('clientRecord.intro')}</p>
      {record.isPending && <LoadingText />}
      {record.isError && <Alert type="error">{t('clientRecord.loadError')}</Alert>}
      {record.data !== undefined && (
        <>
          <AboutMeSection record={record.data} />
          <CoachSection record={record.data} />
          <SituationSection record={record.data} />
          <PlanSection record={record.data} />
          <DoneSection record={record.data} />
          <MessagesSection record={record.data} />
        </>
      )}
      <ViewsSection />
      {record.data !== undefined && <AddSection record={record.data} />}
      <MyRecordSection icon="download" title={t('clientRecord.sections.download')}>
        <p>{t('clientRecord.download.intro')}</p>
        <div className="koers-my-record__actions">
          <a className={buttonClassName('primary', 'large')} href={downloadUrl('html', i18n.language)} download>
            <Icon name="print" />
            <span>{t('clientRecord.download.html')}</span>
          </a>
          <a className={buttonClassName('secondary', 'large')} href={downloadUrl('json', i18n.language)} download>
            <Icon name="download" />
            <span>{t('clientRecord.download.json')}</span>
          </a>
        </div>
      </MyRecordSection>
      <MyRecordSection icon="mail" title={t('clientRecord.sections.choices')}>
        <p>{t('clientRecord.choices.intro')}</p>
        <Button variant="secondary" size="large" icon="check" onClick={onOpenChoices}>
          {t('clientRecord.choices.open')}
        </Button>
      </MyRecordSection>
    </div>
  );
}
