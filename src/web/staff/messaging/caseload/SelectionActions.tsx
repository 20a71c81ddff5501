import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { buttonClassName } from '../../../ui/Button';
import { Icon } from '../../../ui/Icon';
import { useActiveSession } from '../../session/ActiveSession';
import { hasAnyRole, senderRoles } from '../messaging-roles';
import { sendToClientsHref } from '../send/send-params';
import '../messaging.css';

/** Above the caseload table: how many clients are chosen, and "Bericht sturen aan selectie". */
export function SelectionActions({ selected }: { selected: readonly string[] }) {
  const { t } = useTranslation();
  const session = useActiveSession();
  if (!hasAnyRole(session, senderRoles)) return null;
  return (
    <div className="koers-button-group koers-selection-actions">
      <p role="status" className="koers-selection-actions__count">
        {selected.length === 0 ? t('messaging.caseload.chooseFirst') : t('messaging.caseload.selected', { count: selected.length })}
      </p>
      {selected.length > 0 && (
        <Link to={sendToClientsHref(selected)} className={buttonClassName('secondary')}>
          <Icon name="mail" />
          <span>{t('messaging.caseload.sendToSelectionCount', { count: selected.length })}</span>
        </Link>
      )}
    </div>
  );
}

/** The checkbox in the table head: every client on this page, or none. */
export function SelectAllCheckbox({ all, some, onChange }: { all: boolean; some: boolean; onChange: (on: boolean) => void }) {
  const { t } = useTranslation();
  return (
    <input
      type="checkbox"
      className="koers-row-check"
      aria-label={t('messaging.caseload.selectAll')}
      checked={all}
      ref={(element) => {
        if (element !== null) element.indeterminate = some;
      }}
      onChange={(event) => { onChange(event.target.checked); }}
    />
  );
}

/** The checkbox at the start of a client's row. */
export function SelectClientCheckbox({ name, checked, onChange }: { name: string; checked: boolean; onChange: (on: boolean) => void }) {
  const { t } = useTranslation();
  return (
    <input
      type="checkbox"
      className="koers-row-check"
      aria-label={t('messaging.caseload.select', { name })}
      checked={checked}
      onChange={(event) => { onChange(event.target.checked); }}
    />
  );
}
