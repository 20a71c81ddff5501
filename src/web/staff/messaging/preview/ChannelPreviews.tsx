import { useTranslation } from 'react-i18next';
import { Heading } from '../../../ui/Heading';
import { MessageIcon } from '../icons';
import type { Preview } from '../messaging-types';

/** The message as the client would see it: the app card, the push notification, the SMS and the email. */
export function ChannelPreviews({ preview, organisation }: { preview: Preview; organisation: string }) {
  const { t } = useTranslation();
  const sms = preview.sms.count;
  return (
    <div className="koers-channel-previews">
      <section aria-labelledby="preview-app-title" className="koers-channel-preview">
        <Heading level={3} id="preview-app-title">
          {t('messaging.channels.app')}
        </Heading>
        <article className="koers-app-card" aria-label={t('messaging.preview.appCard')} lang={preview.language}>
          <span className="koers-app-card__icon">
            <MessageIcon name={preview.app.icon} size={32} />
          </span>
          <div>
            <p className="koers-app-card__title">{preview.app.title}</p>
            <p className="koers-app-card__body koers-prewrap">{preview.app.body}</p>
          </div>
        </article>
      </section>
      <section aria-labelledby="preview-push-title" className="koers-channel-preview">
        <Heading level={3} id="preview-push-title">
          {t('messaging.channels.push')}
        </Heading>
        <div className="koers-push-preview" lang={preview.language}>
          <p className="koers-push-preview__app">{organisation}</p>
          <p className="koers-push-preview__title">{preview.push.title}</p>
          <p className="koers-push-preview__body">{preview.push.body}</p>
        </div>
      </section>
      <section aria-labelledby="preview-sms-title" className="koers-channel-preview">
        <Heading level={3} id="preview-sms-title">
          {t('messaging.channels.sms')}
        </Heading>
        {preview.sms.text === '' ? (
          <p>{t('messaging.preview.noSms')}</p>
        ) : (
          <>
            <p className="koers-sms-bubble koers-prewrap" lang={preview.language}>{preview.sms.text}</p>
            <p className="koers-sms-counter">
              {t('messaging.sms.count', { characters: sms.characters, count: sms.segments })}
              {sms.encoding === 'ucs-2' && ` · ${t('messaging.sms.unicode')}`}
            </p>
          </>
        )}
      </section>
      <section aria-labelledby="preview-email-title" className="koers-channel-preview koers-channel-preview--wide">
        <Heading level={3} id="preview-email-title">
          {t('messaging.channels.email')}
        </Heading>
        <p>
          <strong>{t('messaging.preview.subject')}</strong> <span lang={preview.language}>{preview.email.subject}</span>
        </p>
        <iframe
          className="koers-email-preview"
          sandbox=""
          srcDoc={preview.email.html}
          title={t('messaging.preview.emailFrame', { subject: preview.email.subject })}
        />
        <details className="koers-disclosure">
          <summary className="koers-disclosure__summary">{t('messaging.preview.emailText')}</summary>
          <pre className="koers-email-text" lang={preview.language}>{preview.email.text}</pre>
        </details>
      </section>
    </div>
  );
}
