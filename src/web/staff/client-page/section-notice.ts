import { useCallback, useState } from 'react';
import { focusSection } from './ClientSection';

/** A section's success message: set after recording, with focus moved to the section. */
export function useSectionNotice(sectionId: string) {
  const [notice, setNotice] = useState<string | null>(null);
  const announce = useCallback(
    (message: string) => {
      setNotice(message);
      window.requestAnimationFrame(() => { focusSection(sectionId); });
    },
    [sectionId],
  );
  return { notice, announce };
}
