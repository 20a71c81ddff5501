import { useTranslation } from 'react-i18next';
import { Heading } from '../../ui/Heading';
import { ContactCardEditor } from './ContactCardForm';

/** On an admin's user page: the contact card that user's clients see. */
export function ContactCardSection({ userId }: { userId: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="user-contact-card-title">
      <Heading level={2} id="user-contact-card-title">
        {t('clientSelfService.staff.contactCard.adminTitle')}
      </Heading>
      <p>{t('clientSelfService.staff.contactCard.adminIntro')}</p>
      <ContactCardEditor userId={userId} />
    </section>
  );
}
