import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { LoadingText } from '../ui/LoadingText';
import { fetchRecordViews, recordViewsKey } from './my-record-api';
import { longMoment } from './my-record-format';
import { MyRecordSection } from './MyRecordSection';

const sentence = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** "Wie keek er in mijn gegevens?": staff who looked at or changed the record, newest first. */
export function ViewsSection() {
  const { t, i18n } = useTranslation();
  const views = useInfiniteQuery({
    queryKey: recordViewsKey,
    queryFn: ({ pageParam }) => fetchRecordViews(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const visits = views.data?.pages.flatMap((page) => page.visits) ?? [];
  return (
    <MyRecordSection icon="eye" title={t('clientRecord.sections.views')}>
      <p>{t('clientRecord.views.intro')}</p>
      {views.isPending && <LoadingText />}
      {views.isError && <Alert type="error">{t('clientRecord.loadError')}</Alert>}
      {views.isSuccess && visits.length === 0 && <p>{t('clientRecord.views.none')}</p>}
      {visits.length > 0 && (
        <ul className="koers-my-record__list">
          {visits.map((visit) => (
            <li key={`${visit.until}-${visit.staff.displayName}`}>
              <strong>{t('clientRecord.views.who', { name: visit.staff.displayName, roles: visit.staff.roles.map((role) => t(`clientRecord.views.roles.${role}`)).join(', ') })}</strong>
              <br />
              {longMoment(visit.until, i18n.language)}
              <br />
              {sentence(new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(visit.actions.map((action) => t(`clientRecord.views.actions.${action}`))))}
            </li>
          ))}
        </ul>
      )}
      {views.hasNextPage && (
        <Button variant="secondary" icon="plus" disabled={views.isFetchingNextPage} onClick={() => void views.fetchNextPage()}>
          {t('clientRecord.showMore')}
        </Button>
      )}
    </MyRecordSection>
  );
}
