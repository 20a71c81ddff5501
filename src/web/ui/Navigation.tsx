import type { ReactNode } from 'react';
import './Navigation.css';

/** Class name for the links inside Navigation (so router links can use it too). */
export const navigationLinkClassName = 'koers-navigation__link';

export interface NavigationProps {
  label: string;
  children: ReactNode;
}

/** A landmark navigation bar. Children are list items; the current link carries aria-current. */
export function Navigation({ label, children }: NavigationProps) {
  return (
    <nav className="koers-navigation" aria-label={label}>
      <ul className="koers-navigation__list">{children}</ul>
    </nav>
  );
}
