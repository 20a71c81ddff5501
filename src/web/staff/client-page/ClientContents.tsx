import { useTranslation } from 'react-i18next';
import { clientSections, sectionId } from './client-sections';

/** The table of contents of the client page: a link to each section. */
export function ClientContents() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('clientPage.contents')} className="koers-page-contents">
      <ul>
        {clientSections.map((section) => (
          <li key={section}>
            <a href={`#${sectionId(section)}`}>{t(`clientPage.sections.${section}`)}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
