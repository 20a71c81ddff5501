import { useTranslation } from 'react-i18next';
import { Button } from '../ui/Button';
import { canReadAloud, useReadAloud } from './read-aloud';

/** A button that reads the given text aloud, or stops reading. Hidden where speech is unavailable. */
export function ReadAloudButton({ text }: { text: string }) {
  const { t, i18n } = useTranslation();
  const { speaking, speak, stop } = useReadAloud(i18n.language);
  if (!canReadAloud()) return null;
  return speaking ? (
    <Button variant="secondary" size="large" icon="stop" onClick={stop}>
      {t('client.stopReading')}
    </Button>
  ) : (
    <Button variant="secondary" size="large" icon="speaker" onClick={() => { speak(text); }}>
      {t('client.readAloud')}
    </Button>
  );
}
