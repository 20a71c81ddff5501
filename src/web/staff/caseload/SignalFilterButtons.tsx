import { useTranslation } from 'react-i18next';
import { Heading } from '../../ui/Heading';
import { useSignalSettingsQuery } from './caseload-queries';
import { signalShortName } from './signal-text';

export interface SignalFilterButtonsProps {
  /** Open signals per signal code, over the caseload before the signal filter; undefined while loading. */
  counts: Record<string, number> | undefined;
  selected: string | undefined;
  onSelect: (signal: string | undefined) => void;
}

/** The counts per signal as toggle buttons: "Geen contact (12)"; pressing one shows only those clients. */
export function SignalFilterButtons({ counts, selected, onSelect }: SignalFilterButtonsProps) {
  const { t, i18n } = useTranslation();
  const definitions = useSignalSettingsQuery();
  if (counts === undefined) return null;
  const order = definitions.data?.map((definition) => definition.code) ?? [];
  const codes = Object.keys(counts)
    .filter((code) => (counts[code] ?? 0) > 0 || code === selected)
    .sort((a, b) => (order.indexOf(a) === -1 ? 99 : order.indexOf(a)) - (order.indexOf(b) === -1 ? 99 : order.indexOf(b)));

  return (
    <section aria-labelledby="caseload-signals-title" className="koers-signal-filters">
      <Heading level={2} id="caseload-signals-title">
        {t('caseload.signals.title')}
      </Heading>
      {codes.length === 0 ? (
        <p>{t('caseload.signals.none')}</p>
      ) : (
        <>
          <p>{t('caseload.signals.help')}</p>
          <ul className="koers-signal-filters__list">
            {codes.map((code) => {
              const pressed = code === selected;
              return (
                <li key={code}>
                  <button
                    type="button"
                    className={pressed ? 'koers-toggle koers-toggle--pressed' : 'koers-toggle'}
                    aria-pressed={pressed}
                    onClick={() => { onSelect(pressed ? undefined : code); }}
                  >
                    {t('caseload.signals.count', { label: signalShortName(code, definitions.data, t, i18n.language), count: counts[code] ?? 0 })}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
