import { useTranslation } from 'react-i18next';
import { ClientSection } from '../ClientSection';
import { useClientRecord } from '../client-record-context';
import { sectionId } from '../client-sections';
import { useSectionNotice } from '../section-notice';
import { ClientAdditions } from './ClientAdditions';
import { ProfileCriterion } from './ProfileCriterion';

const id = sectionId('profile');

/** The organisation's profile criteria for this client, each edited by its own type. */
export function ProfileSection() {
  const { t } = useTranslation();
  const { page } = useClientRecord();
  const { notice, announce } = useSectionNotice(id);
  return (
    <ClientSection id={id} title={t('clientPage.sections.profile')} notice={notice}>
      {page.profile.length === 0 ? (
        <p>{t('clientPage.profile.none')}</p>
      ) : (
        <ul className="koers-plain-list koers-profile">
          {page.profile.map((entry) => (
            <li key={entry.code} className="koers-profile__item">
              <ProfileCriterion entry={entry} onSaved={announce} />
            </li>
          ))}
        </ul>
      )}
      <ClientAdditions onDecided={announce} />
    </ClientSection>
  );
}
