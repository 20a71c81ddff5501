import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HouseStyle } from '../../endpoints/types';
import { LanguageSwitch } from '../../i18n/LanguageSwitch';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/Icon';
import { OrganisationBrand, SiteHeader } from '../../ui/SiteHeader';
import { VisuallyHidden } from '../../ui/VisuallyHidden';
import { useActiveSession } from '../session/ActiveSession';

export interface StaffHeaderProps {
  houseStyle: HouseStyle | undefined;
  onSignOut: () => void;
}

/** The banner: the organisation, who is signed in, the language switch and sign-out. */
export function StaffHeader({ houseStyle, onSignOut }: StaffHeaderProps) {
  const { t } = useTranslation();
  const session = useActiveSession();
  return (
    <SiteHeader
      brand={
        <OrganisationBrand
          name={houseStyle?.organisationName ?? session.organisation.name}
          logoUrl={houseStyle?.logoUrl ?? null}
          productName="Koers"
        />
      }
    >
      <span className="koers-staff-header__user">
        <Icon name="user" />
        <span>
          <VisuallyHidden>{t('header.signedInAs')} </VisuallyHidden>
          {session.user.displayName}
        </span>
        <Link to="/contact-card">{t('clientSelfService.staff.contactCard.menuLink')}</Link>
      </span>
      <LanguageSwitch />
      <Button variant="secondary" icon="signOut" onClick={onSignOut}>
        {t('header.signOut')}
      </Button>
    </SiteHeader>
  );
}
