import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { languageName } from '../language-name';

export interface LanguageTab {
  language: string;
  /** Shown after the name, such as "nog leeg" or "1 fout". */
  note?: string | undefined;
}

export const languageTabId = (language: string): string => `template-tab-${language}`;
export const languagePanelId = (language: string): string => `template-panel-${language}`;

/**
 * One tab per language (the tabs pattern of WAI-ARIA): arrow keys move between the tabs, Tab
 * goes into the panel. Every language's panel is in the page; only the chosen one is shown.
 */
export function LanguageTabs({ tabs, active, onSelect, panel }: { tabs: readonly LanguageTab[]; active: string; onSelect: (language: string) => void; panel: (language: string) => ReactNode }) {
  const { t, i18n } = useTranslation();
  const listRef = useRef<HTMLDivElement>(null);

  const move = (event: KeyboardEvent<HTMLButtonElement>, index: number): void => {
    const last = tabs.length - 1;
    const next = { ArrowRight: index === last ? 0 : index + 1, ArrowLeft: index === 0 ? last : index - 1, Home: 0, End: last }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const tab = tabs[next];
    if (tab === undefined) return;
    onSelect(tab.language);
    listRef.current?.querySelector<HTMLButtonElement>(`#${languageTabId(tab.language)}`)?.focus();
  };

  return (
    <div className="koers-tabs">
      <div role="tablist" aria-label={t('messaging.templates.languagesLabel')} className="koers-tabs__list" ref={listRef}>
        {tabs.map((tab, index) => {
          const selected = tab.language === active;
          return (
            <button
              key={tab.language}
              type="button"
              role="tab"
              id={languageTabId(tab.language)}
              aria-selected={selected}
              aria-controls={languagePanelId(tab.language)}
              tabIndex={selected ? 0 : -1}
              className={selected ? 'koers-tabs__tab koers-tabs__tab--selected' : 'koers-tabs__tab'}
              onClick={() => { onSelect(tab.language); }}
              onKeyDown={(event) => { move(event, index); }}
            >
              {languageName(tab.language, i18n.language)}
              {tab.note !== undefined && <span className="koers-tabs__note"> ({tab.note})</span>}
            </button>
          );
        })}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.language}
          role="tabpanel"
          id={languagePanelId(tab.language)}
          aria-labelledby={languageTabId(tab.language)}
          hidden={tab.language !== active}
          className="koers-tabs__panel"
        >
          {panel(tab.language)}
        </div>
      ))}
    </div>
  );
}
