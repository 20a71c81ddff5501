import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../i18n/problem-message';
import { Alert } from '../../ui/Alert';
import { Button, buttonClassName } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Heading, PageHeading } from '../../ui/Heading';
import { LoadingText } from '../../ui/LoadingText';
import { Table } from '../../ui/Table';
import { useDocumentTitle } from '../pages/document-title';
import { AppLanguageForm } from './AppLanguageForm';
import { appLanguageTemplateUrl, useAppLanguagesQuery, useDeleteAppLanguage, type AppLanguage } from './app-languages-api';

const braces = { open: '{{', close: '}}' };

/** An organisation's own languages for the client app: download the Dutch texts, add a translation, see how far it is, remove it. */
export function AppLanguagesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('appLanguages.title'));
  const languages = useAppLanguagesQuery();
  const remove = useDeleteAppLanguage();
  const [removing, setRemoving] = useState<AppLanguage | null>(null);
  const [removed, setRemoved] = useState<string | null>(null);
  const [editing, setEditing] = useState<AppLanguage | null>(null);

  const confirmRemove = (language: AppLanguage) => {
    setRemoving(null);
    remove.mutate(language.code, { onSuccess: () => { setRemoved(language.name); } });
  };

  return (
    <>
      <PageHeading>{t('appLanguages.title')}</PageHeading>
      <p>{t('appLanguages.intro')}</p>

      <Heading level={2}>{t('appLanguages.template.title')}</Heading>
      <p>{t('appLanguages.template.text', braces)}</p>
      <p>
        <a className={buttonClassName('secondary')} href={appLanguageTemplateUrl} download="koers-app-texts-nl.json">
          {t('appLanguages.template.download')}
        </a>
      </p>

      <Heading level={2}>{t('appLanguages.list.title')}</Heading>
      {removed !== null && <Alert type="success">{t('appLanguages.list.removed', { name: removed })}</Alert>}
      {remove.isError && <Alert type="error">{problemMessage(remove.error, t).message}</Alert>}
      {languages.isPending && <LoadingText />}
      {languages.isError && <Alert type="error">{problemMessage(languages.error, t).message}</Alert>}
      {languages.data?.languages.length === 0 && <p>{t('appLanguages.list.empty')}</p>}
      {languages.data !== undefined && languages.data.languages.length > 0 && (
        <Table caption={t('appLanguages.list.caption')} hideCaption>
          <thead>
            <tr>
              <th scope="col">{t('appLanguages.list.name')}</th>
              <th scope="col">{t('appLanguages.list.code')}</th>
              <th scope="col">{t('appLanguages.list.direction')}</th>
              <th scope="col">{t('appLanguages.list.translated')}</th>
              <th scope="col">{t('appLanguages.list.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {languages.data.languages.map((language) => (
              <tr key={language.code}>
                <th scope="row" lang={language.code} dir={language.direction}>{language.name}</th>
                <td>{language.code}</td>
                <td>{t(`appLanguages.directions.${language.direction}`)}</td>
                <td>{t('appLanguages.list.translatedCount', { translated: language.translated, total: language.translated + language.missing })}</td>
                <td>
                  <div className="koers-button-group">
                    <Button variant="secondary" onClick={() => { setEditing(language); }}>{t('appLanguages.list.edit', { name: language.name })}</Button>
                    <Button variant="secondary" onClick={() => { setRemoving(language); }}>{t('appLanguages.list.remove', { name: language.name })}</Button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}

      <AppLanguageForm key={editing?.code ?? 'new'} editing={editing} />

      <ConfirmDialog
        open={removing !== null}
        title={t('appLanguages.list.confirmTitle', { name: removing?.name ?? '' })}
        confirmLabel={t('appLanguages.list.confirm')}
        cancelLabel={t('appLanguages.list.cancel')}
        destructive
        onConfirm={() => { if (removing) confirmRemove(removing); }}
        onCancel={() => { setRemoving(null); }}
      >
        <p>{t('appLanguages.list.confirmText')}</p>
      </ConfirmDialog>
    </>
  );
}
