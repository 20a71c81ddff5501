import { useEffect } from 'react';
import { useLocation } from 'react-router';

/**
 * After every navigation within the app, moves focus to the new page's h1, so keyboard and
 * screen reader users start at the top of the new content. The very first page load keeps the
 * browser's own focus.
 */
export function RouteFocus() {
  const location = useLocation();
  useEffect(() => {
    if (location.key === 'default') return;
    document.querySelector<HTMLElement>('[data-page-heading]')?.focus();
  }, [location.pathname, location.key]);
  return null;
}
