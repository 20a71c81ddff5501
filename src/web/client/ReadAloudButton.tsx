import { useTranslation } from 'react-i18next';
import { Button } from '../ui/Button';
import { canReadAloud, useReadAloud } from './read-aloud';

/**
 * A button that reads the given text aloud, or stops reading. Hidden where speech is unavailable.
 * `describedBy` names what it reads (e.g. a card's title), so several such buttons are told apart;
 * `language` is the text's own language when it differs from the app's.
 */
export function ReadAloudButton({ text, describedBy, language }: { text: string; describedBy?: string; language?: string }) {
  const { t, i18n } = useTranslation();
  const { speaking, speak, stop } = useReadAloud(language ?? i18n.language);
  if (!canReadAloud()) return null;
  return speaking ? (
    <Button variant="secondary" size="large" icon="stop" onClick={stop} aria-describedby={describedBy}>
      {t('client.stopReading')}
    </Button>
  ) : (
    <Button variant="secondary" size="large" icon="speaker" onClick={() => { speak(text); }} aria-describedby={describedBy}>
      {t('client.readAloud')}
    </Button>
  );
}
