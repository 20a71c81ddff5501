import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../ui/Heading';
import { useDocumentTitle } from '../pages/document-title';
import { useActiveSession } from '../session/ActiveSession';
import { ContactCardEditor } from './ContactCardForm';

/** "Mijn contactkaart": what the signed-in staff member's clients see of them in the app. */
export function ContactCardPage() {
  const { t } = useTranslation();
  const session = useActiveSession();
  useDocumentTitle(t('clientSelfService.staff.contactCard.title'));
  return (
    <>
      <PageHeading>{t('clientSelfService.staff.contactCard.title')}</PageHeading>
      <p className="koers-lead">{t('clientSelfService.staff.contactCard.intro')}</p>
      <ContactCardEditor userId={session.user.id} />
    </>
  );
}
