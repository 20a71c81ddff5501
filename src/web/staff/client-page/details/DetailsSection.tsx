import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../i18n/format';
import { Disclosure } from '../../../ui/Disclosure';
import { languageName } from '../../clients/client-languages';
import { ClientSection } from '../ClientSection';
import { useClientRecord } from '../client-record-context';
import { sectionId } from '../client-sections';
import { useSectionNotice } from '../section-notice';
import { ContactForm } from './ContactForm';

const id = sectionId('details');

/** Name, address, contact details and preferences; contact details can be changed. */
export function DetailsSection() {
  const { t, i18n } = useTranslation();
  const { page, canEdit } = useClientRecord();
  const { notice, announce } = useSectionNotice(id);
  const [editing, setEditing] = useState(false);
  const { client } = page;
  const { address } = client;
  const street = [address.street, address.houseNumber].filter(Boolean).join(' ');
  const place = [address.postcode, address.city].filter(Boolean).join(' ');
  const none = '—';

  return (
    <ClientSection id={id} title={t('clientPage.sections.details')} notice={notice}>
      <dl className="koers-details">
        <dt>{t('clientPage.details.fullName')}</dt>
        <dd>{client.name.fullName}</dd>
        <dt>{t('clients.fields.initials')}</dt>
        <dd>{client.name.initials ?? none}</dd>
        <dt>{t('clients.fields.dateOfBirth')}</dt>
        <dd>{client.dateOfBirth === null ? none : formatDate(client.dateOfBirth)}</dd>
        <dt>{t('clientPage.details.address')}</dt>
        <dd>
          {street === '' && place === '' ? (
            none
          ) : (
            <>
              {street}
              {street !== '' && place !== '' && <br />}
              {place}
            </>
          )}
        </dd>
        <dt>{t('clients.fields.phone')}</dt>
        <dd>{client.phone ?? none}</dd>
        <dt>{t('clients.fields.email')}</dt>
        <dd>{client.email ?? none}</dd>
        <dt>{t('clients.fields.preferredLanguage')}</dt>
        <dd>{languageName(client.preferredLanguage, i18n.language)}</dd>
        <dt>{t('clients.fields.preferredChannel')}</dt>
        <dd>{t(`clients.channels.${client.preferredChannel}`)}</dd>
        <dt>{t('clients.fields.intakeDate')}</dt>
        <dd>{client.intakeDate === null ? none : formatDate(client.intakeDate)}</dd>
        {client.outflowDate !== null && (
          <>
            <dt>{t('clients.fields.outflowDate')}</dt>
            <dd>
              {formatDate(client.outflowDate)}
              {client.outflowReason !== null && <> ({client.outflowReason})</>}
            </dd>
          </>
        )}
      </dl>
      {canEdit && (
        <Disclosure summary={t('clientPage.details.edit')} open={editing} onOpenChange={setEditing}>
          <ContactForm
            onSaved={(changed) => {
              setEditing(false);
              announce(changed ? t('clientPage.details.saved') : t('clientPage.details.nothingChanged'));
            }}
          />
        </Disclosure>
      )}
    </ClientSection>
  );
}
