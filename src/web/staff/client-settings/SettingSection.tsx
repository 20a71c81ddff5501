import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientSettingItems, ClientSettingKind } from '../../endpoints/client-settings';
import { isProblem } from '../../endpoints/problem';
import { localLabel } from '../../i18n/labels';
import { problemMessage } from '../../i18n/problem-message';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Dialog } from '../../ui/Dialog';
import { Heading } from '../../ui/Heading';
import { Table } from '../../ui/Table';
import { VisuallyHidden } from '../../ui/VisuallyHidden';
import { useDeleteSettingMutation } from './setting-mutations';

export interface SettingColumn<Item> {
  header: string;
  cell: (item: Item) => ReactNode;
}

export interface SettingFormProps<Item> {
  /** The item to change; null for a new one. */
  item: Item | null;
  onSaved: (message: string) => void;
  onCancel: () => void;
}

export interface SettingSectionProps<K extends ClientSettingKind> {
  kind: K;
  title: string;
  intro: string;
  items: readonly ClientSettingItems[K][];
  columns: readonly SettingColumn<ClientSettingItems[K]>[];
  newLabel: string;
  /** Whether the items can be switched off (then "in use" says to do that instead). */
  canSwitchOff: boolean;
  Form: (props: SettingFormProps<ClientSettingItems[K]>) => ReactNode;
}

/** One kind of client setting: its items in a table, and adding, changing and deleting them. */
export function SettingSection<K extends ClientSettingKind>({ kind, title, intro, items, columns, newLabel, canSwitchOff, Form }: SettingSectionProps<K>) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState<ClientSettingItems[K] | 'new' | null>(null);
  const [deleting, setDeleting] = useState<ClientSettingItems[K] | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const remove = useDeleteSettingMutation(kind);
  const headingId = `settings-${kind}`;
  const focusHeading = (): void => { window.requestAnimationFrame(() => document.getElementById(headingId)?.focus()); };

  const deleteFailure = remove.isError
    ? isProblem(remove.error, 409) && remove.error.code === 'setting-in-use'
      ? canSwitchOff
        ? t('problems.settingInUse')
        : t('clientSettings.inUseCannotDelete')
      : problemMessage(remove.error, t).message
    : null;

  return (
    <section aria-labelledby={headingId} id={`section-${kind}`}>
      <Heading level={2} id={headingId} tabIndex={-1}>
        {title}
      </Heading>
      <p>{intro}</p>
      {notice !== null && <Alert type="success">{notice}</Alert>}
      {deleteFailure !== null && <Alert type="error">{deleteFailure}</Alert>}
      {items.length === 0 ? (
        <p>{t('clientSettings.empty')}</p>
      ) : (
        <Table caption={title} hideCaption>
          <thead>
            <tr>
              <th scope="col">{t('clientSettings.columns.name')}</th>
              <th scope="col">{t('clientSettings.columns.code')}</th>
              {columns.map((column) => (
                <th scope="col" key={column.header}>
                  {column.header}
                </th>
              ))}
              <th scope="col">{t('clientSettings.columns.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => {
              const name = localLabel(item, i18n.language);
              return (
                <tr key={item.code}>
                  <th scope="row">{name}</th>
                  <td>
                    <code>{item.code}</code>
                  </td>
                  {columns.map((column) => (
                    <td key={column.header}>{column.cell(item)}</td>
                  ))}
                  <td>
                    <div className="koers-button-group koers-button-group--compact">
                      <Button variant="secondary" onClick={() => { setEditing(item); }}>
                        {t('clientSettings.edit')}
                        <VisuallyHidden>: {name}</VisuallyHidden>
                      </Button>
                      <Button variant="subtle" onClick={() => { remove.reset(); setDeleting(item); }}>
                        {t('clientSettings.delete')}
                        <VisuallyHidden>: {name}</VisuallyHidden>
                      </Button>
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      )}
      <Button icon="plus" onClick={() => { setEditing('new'); }}>
        {newLabel}
      </Button>
      <Dialog
        open={editing !== null}
        title={editing === 'new' ? newLabel : t('clientSettings.editTitle', { name: editing === null ? '' : localLabel(editing, i18n.language) })}
        onClose={() => { setEditing(null); }}
        wide
      >
        {editing !== null && (
          <Form
            item={editing === 'new' ? null : editing}
            onCancel={() => { setEditing(null); }}
            onSaved={(message) => {
              setEditing(null);
              setNotice(message);
              focusHeading();
            }}
          />
        )}
      </Dialog>
      <ConfirmDialog
        open={deleting !== null}
        title={t('clientSettings.confirmDelete.title', { name: deleting === null ? '' : localLabel(deleting, i18n.language) })}
        confirmLabel={t('clientSettings.confirmDelete.confirm')}
        cancelLabel={t('common.cancel')}
        destructive
        onCancel={() => { setDeleting(null); }}
        onConfirm={() => {
          if (deleting === null) return;
          const name = localLabel(deleting, i18n.language);
          setNotice(null);
          remove.mutate(deleting.code, {
            onSuccess: () => { setNotice(t('clientSettings.deleted', { name })); },
            onSettled: focusHeading,
          });
          setDeleting(null);
        }}
      >
        <p>{canSwitchOff ? t('clientSettings.confirmDelete.textSwitchOff') : t('clientSettings.confirmDelete.text')}</p>
      </ConfirmDialog>
    </section>
  );
}
