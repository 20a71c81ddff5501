import type { ReactNode } from 'react';
import './SiteHeader.css';

export interface SiteHeaderProps {
  brand: ReactNode;
  /** Things on the other side of the banner: the user, the language switch, sign-out. */
  children?: ReactNode;
}

/** The banner in the tenant's primary colour. */
export function SiteHeader({ brand, children }: SiteHeaderProps) {
  return (
    <header className="koers-site-header">
      <div className="koers-site-header__inner">
        <div className="koers-site-header__brand">{brand}</div>
        {children !== undefined && <div className="koers-site-header__tools">{children}</div>}
      </div>
    </header>
  );
}

export interface OrganisationBrandProps {
  name: string;
  logoUrl: string | null;
  /** The product name shown beside the organisation. */
  productName?: string;
}

/** The organisation's logo and name. The logo is decorative: the name is always written out. */
export function OrganisationBrand({ name, logoUrl, productName }: OrganisationBrandProps) {
  return (
    <span className="koers-brand">
      {logoUrl !== null && <img className="koers-brand__logo" src={logoUrl} alt="" />}
      <span className="koers-brand__text">
        <span className="koers-brand__name">{name}</span>
        {productName !== undefined && <span className="koers-brand__product">{productName}</span>}
      </span>
    </span>
  );
}
