import { useCallback, useEffect, useState } from 'react';

/** Whether this browser can read text aloud (Web Speech API). */
export function canReadAloud(): boolean {
  return typeof window !== 'undefined' && 'speechSynthesis' in window && 'SpeechSynthesisUtterance' in window;
}

/** Reads text aloud in the given language; reading stops when the component goes away. */
export function useReadAloud(language: string) {
  const [speaking, setSpeaking] = useState(false);

  useEffect(
    () => () => {
      if (canReadAloud()) window.speechSynthesis.cancel();
    },
    [],
  );

  const stop = useCallback(() => {
    window.speechSynthesis.cancel();
    setSpeaking(false);
  }, []);

  const speak = useCallback(
    (text: string) => {
      window.speechSynthesis.cancel();
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = language === 'nl' ? 'nl-NL' : language;
      utterance.rate = 0.9;
      utterance.addEventListener('end', () => { setSpeaking(false); });
      utterance.addEventListener('error', () => { setSpeaking(false); });
      setSpeaking(true);
      window.speechSynthesis.speak(utterance);
    },
    [language],
  );

  return { speaking, speak, stop };
}
