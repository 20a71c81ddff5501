import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';

/** "Vorige pagina" and "Volgende pagina" under a paged table. */
export function PageButtons({ page, nextCursor, onPrevious, onNext, label }: { page: number; nextCursor: string | null | undefined; onPrevious: () => void; onNext: (cursor: string) => void; label: string }) {
  const { t } = useTranslation();
  if (page === 1 && (nextCursor === null || nextCursor === undefined)) return null;
  return (
    <nav aria-label={label} className="koers-button-group koers-paging">
      <Button variant="secondary" disabled={page === 1} onClick={onPrevious}>
        {t('messaging.paging.previous')}
      </Button>
      <span className="koers-paging__page">{t('messaging.paging.page', { page })}</span>
      <Button
        variant="secondary"
        disabled={nextCursor === null || nextCursor === undefined}
        onClick={() => {
          if (nextCursor !== null && nextCursor !== undefined) onNext(nextCursor);
        }}
      >
        {t('messaging.paging.next')}
      </Button>
    </nav>
  );
}
