import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileEntry } from '../../../endpoints/client-types';
import { formatMomentDate } from '../../../i18n/format';
import { localLabel } from '../../../i18n/labels';
import { Badge } from '../../../ui/Badge';
import { Disclosure } from '../../../ui/Disclosure';
import { VisuallyHidden } from '../../../ui/VisuallyHidden';
import { useClientRecord } from '../client-record-context';
import { profileValueText } from './profile-value-text';
import { ProfileValueForm } from './ProfileValueForm';

export interface ProfileCriterionProps {
  entry: ProfileEntry;
  onSaved: (message: string) => void;
}

/** One criterion: its value, where the value came from, and a form to change it. */
export function ProfileCriterion({ entry, onSaved }: ProfileCriterionProps) {
  const { t, i18n } = useTranslation();
  const { canEdit } = useClientRecord();
  const [editing, setEditing] = useState(false);
  const label = localLabel(entry, i18n.language);
  const fromElsewhere = entry.source === 'import' || entry.source === 'client';

  return (
    <>
      <p className="koers-profile__label">{label}</p>
      <p className="koers-profile__value">
        {profileValueText(entry, t, i18n.language)}
        {fromElsewhere && (
          <>
            {' '}
            <Badge tone="info">{entry.source === 'import' ? t('clientPage.profile.fromImport') : t('clientPage.profile.fromClient')}</Badge>
          </>
        )}
        {entry.recordedAt !== null && (
          <span className="koers-profile__meta"> {t('clientPage.profile.since', { date: formatMomentDate(entry.recordedAt) })}</span>
        )}
      </p>
      {canEdit && (
        <Disclosure
          summary={
            <>
              {t('clientPage.profile.change')}
              <VisuallyHidden>: {label}</VisuallyHidden>
            </>
          }
          open={editing}
          onOpenChange={setEditing}
        >
          <ProfileValueForm
            entry={entry}
            label={label}
            onSaved={(cleared) => {
              setEditing(false);
              onSaved(cleared ? t('clientPage.profile.cleared', { criterion: label }) : t('clientPage.profile.saved', { criterion: label }));
            }}
          />
        </Disclosure>
      )}
    </>
  );
}
