import { useEffect } from 'react';
import { flushSync } from 'react-dom';

/**
 * The error summary links to fields; a field in a language tab that is not shown cannot take
 * focus. Before the summary's own click handler runs (React listens at the root, this listener
 * captures at the document), the field's tab is shown, so focus lands on the field.
 */
export function useRevealOnSummaryClick(languageOfFieldId: (fieldId: string) => string | null, show: (language: string) => void): void {
  useEffect(() => {
    const listener = (event: MouseEvent): void => {
      const target = event.target instanceof Element ? event.target.closest('.koers-error-summary a[href^="#"]') : null;
      if (target === null) return;
      const language = languageOfFieldId(decodeURIComponent((target.getAttribute('href') ?? '').slice(1)));
      if (language !== null) flushSync(() => { show(language); });
    };
    document.addEventListener('click', listener, true);
    return () => { document.removeEventListener('click', listener, true); };
  }, [languageOfFieldId, show]);
}
