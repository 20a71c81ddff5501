import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { checkPlainLanguage, type PlainLanguageResult } from '../../../../common/messaging/plainLanguage';
import { Badge } from '../../../ui/Badge';
import { Heading } from '../../../ui/Heading';

export interface PlainLanguageEntry {
  key: string;
  label: string;
  text: string;
}

function LevelBadge({ result }: { result: PlainLanguageResult }) {
  const { t } = useTranslation();
  if (result.level === 'b1') return <Badge tone="success">{t('messaging.plainLanguage.levelB1')}</Badge>;
  if (result.level === 'above-b1') return <Badge tone="warning">{t('messaging.plainLanguage.levelAboveB1')}</Badge>;
  return <Badge>{t('messaging.plainLanguage.levelUnknown')}</Badge>;
}

function FieldCheck({ entry, language }: { entry: PlainLanguageEntry; language: string }) {
  const { t, i18n } = useTranslation();
  const result = checkPlainLanguage(entry.text, language);
  const toShorten = result.sentences.filter((sentence) => sentence.tooLong || sentence.longWords.length > 0);
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 0 });
  return (
    <li className="koers-plain-language__field">
      <Heading level={4}>{entry.label}</Heading>
      <p>
        <LevelBadge result={result} />{' '}
        {result.readingEase !== null && t('messaging.plainLanguage.readingEase', { value: number.format(result.readingEase) })}
        {result.words > 0 && ` · ${t('messaging.plainLanguage.sentenceLength', { value: result.averageSentenceLength })}`}
      </p>
      {toShorten.length > 0 && (
        <>
          <p>{t('messaging.plainLanguage.toShorten', { count: toShorten.length })}</p>
          <ul className="koers-plain-language__sentences">
            {toShorten.map((sentence, index) => (
              <li key={`${String(index)}-${sentence.text}`}>
                <q>{sentence.text}</q>
                <ul className="koers-plain-language__reasons">
                  {sentence.tooLong && <li>{t('messaging.plainLanguage.longSentence', { count: sentence.words })}</li>}
                  {sentence.longWords.length > 0 && <li>{t('messaging.plainLanguage.longWords', { words: sentence.longWords.join(', ') })}</li>}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
    </li>
  );
}

/**
 * How easy the texts a client reads are, as one types: reading ease and level per field, and the
 * sentences to shorten. Not a live region: it would speak at every key; it is read when visited.
 */
export function PlainLanguagePanel({ language, entries }: { language: string; entries: readonly PlainLanguageEntry[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  const filled = entries.filter((entry) => entry.text.trim() !== '');
  return (
    <section className="koers-plain-language" aria-labelledby={headingId}>
      <Heading level={3} id={headingId}>
        {t('messaging.plainLanguage.title')}
      </Heading>
      <p className="koers-field__description">{language === 'nl' ? t('messaging.plainLanguage.introNl') : t('messaging.plainLanguage.introOther')}</p>
      {filled.length === 0 ? (
        <p>{t('messaging.plainLanguage.empty')}</p>
      ) : (
        <ul className="koers-plain-list">
          {filled.map((entry) => (
            <FieldCheck key={entry.key} entry={entry} language={language} />
          ))}
        </ul>
      )}
    </section>
  );
}
