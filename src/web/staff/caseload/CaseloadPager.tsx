import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { searchWithPage } from './caseload-filters';

export interface CaseloadPagerProps {
  page: number;
  pageSize: number;
  total: number;
}

/** Earlier and later pages of the caseload, as links (the page is part of the address). */
export function CaseloadPager({ page, pageSize, total }: CaseloadPagerProps) {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <nav aria-label={t('caseload.pages.label')} className="koers-caseload-pager">
      <ul>
        {page > 1 && (
          <li>
            <Link to={searchWithPage(searchParams, page - 1)}>{t('caseload.pages.previous')}</Link>
          </li>
        )}
        <li aria-current="page">{t('caseload.pages.current', { page, pages })}</li>
        {page < pages && (
          <li>
            <Link to={searchWithPage(searchParams, page + 1)}>{t('caseload.pages.next')}</Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
