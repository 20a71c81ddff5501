import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/Alert';
import { OrganisationBrand } from '../../ui/SiteHeader';
import { primaryReadsOnBackground, themeProperties, type ThemeColours } from '../../ui/theme';

export interface HouseStylePreviewProps {
  colours: ThemeColours;
  organisationName: string;
  logoUrl: string | null;
}

/** How the house style will look, drawn with the same tokens the app uses. */
export function HouseStylePreview({ colours, organisationName, logoUrl }: HouseStylePreviewProps) {
  const { t } = useTranslation();
  const style = themeProperties(colours) as CSSProperties;
  return (
    <>
      <figure className="koers-house-style-preview" style={style}>
        <div className="koers-site-header">
          <div className="koers-site-header__inner">
            <OrganisationBrand name={organisationName || '…'} logoUrl={logoUrl} productName="Koers" />
          </div>
        </div>
        <div className="koers-house-style-preview__body">
          <p className="koers-house-style-preview__heading">{t('houseStyle.preview.heading')}</p>
          <p>
            {t('houseStyle.preview.text')}{' '}
            <span className="koers-house-style-preview__link">{t('houseStyle.preview.link')}</span>
          </p>
          <span className="koers-button koers-button--primary">{t('houseStyle.preview.button')}</span>
        </div>
        <figcaption className="koers-house-style-preview__caption">{t('houseStyle.preview.caption')}</figcaption>
      </figure>
      {!primaryReadsOnBackground(colours) && <Alert type="info">{t('houseStyle.preview.lightPrimary')}</Alert>}
    </>
  );
}
