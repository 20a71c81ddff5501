import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { sectionHeadingId } from './ClientSection';
import { clientSections, sectionId } from './client-sections';

const sectionIds: readonly string[] = clientSections.map(sectionId);

/**
 * Opening the client page at a section (such as /clients/…#client-interventions from the
 * caseload) moves focus to that section's heading once the record is shown.
 */
export function useSectionFromHash(): void {
  const { hash } = useLocation();
  useEffect(() => {
    const id = decodeURIComponent(hash.replace(/^#/, ''));
    if (!sectionIds.includes(id)) return;
    document.getElementById(sectionHeadingId(id))?.focus();
  }, [hash]);
}
