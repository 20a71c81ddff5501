import { useTranslation } from 'react-i18next';
import { countSms } from '../../../../common/messaging/smsCount';

export const maxSmsSegments = 3;

/** "64 tekens · 1 sms": how long the SMS is as one types, counted the way providers bill it. */
export function SmsCounter({ text }: { text: string }) {
  const { t } = useTranslation();
  const count = countSms(text);
  const over = count.segments > maxSmsSegments;
  return (
    <span className={over ? 'koers-sms-counter koers-sms-counter--over' : 'koers-sms-counter'} data-testid="sms-counter">
      {t('messaging.sms.count', { characters: count.characters, count: count.segments })}
      {count.encoding === 'ucs-2' && ` · ${t('messaging.sms.unicode')}`}
      {over && ` · ${t('messaging.sms.tooLong', { max: maxSmsSegments })}`}
    </span>
  );
}
