import { useTranslation } from 'react-i18next';
import type { Intervention } from '../../../endpoints/client-types';
import { FormattedDate } from '../../../i18n/FormattedDate';
import { localLabel } from '../../../i18n/labels';
import { Button } from '../../../ui/Button';
import { Table } from '../../../ui/Table';
import { VisuallyHidden } from '../../../ui/VisuallyHidden';

export interface InterventionsTableProps {
  interventions: readonly Intervention[];
  /** Given when the user may complete an intervention. */
  onComplete?: ((intervention: Intervention) => void) | undefined;
}

export function InterventionsTable({ interventions, onComplete }: InterventionsTableProps) {
  const { t, i18n } = useTranslation();
  return (
    <Table caption={t('clientPage.interventions.caption', { count: interventions.length })} hideCaption>
      <thead>
        <tr>
          <th scope="col">{t('clientPage.interventions.columns.intervention')}</th>
          <th scope="col">{t('clientPage.interventions.columns.status')}</th>
          <th scope="col">{t('clientPage.interventions.columns.start')}</th>
          <th scope="col">{t('clientPage.interventions.columns.end')}</th>
          <th scope="col">{t('clientPage.interventions.columns.outcome')}</th>
          <th scope="col">{t('clientPage.interventions.columns.registeredBy')}</th>
          {onComplete !== undefined && <th scope="col">{t('clientPage.interventions.columns.actions')}</th>}
        </tr>
      </thead>
      <tbody>
        {interventions.map((intervention) => {
          const label = localLabel(intervention, i18n.language);
          const open = intervention.status === 'planned' || intervention.status === 'active';
          return (
            <tr key={intervention.id}>
              <th scope="row">{label}</th>
              <td>{t(`clientPage.interventions.status.${intervention.status}`)}</td>
              <td><FormattedDate value={intervention.startDate} /></td>
              <td>{intervention.endDate === null ? '—' : <FormattedDate value={intervention.endDate} />}</td>
              <td>
                {intervention.outcome === null ? '—' : t(`clientPage.interventions.outcome.${intervention.outcome}`)}
                {intervention.outcomeNote !== null && <span className="koers-cell-note">{intervention.outcomeNote}</span>}
              </td>
              <td>{intervention.registeredBy?.displayName ?? t('clientPage.system')}</td>
              {onComplete !== undefined && (
                <td>
                  {open && (
                    <Button variant="secondary" onClick={() => { onComplete(intervention); }}>
                      {t('clientPage.interventions.complete.button')}
                      <VisuallyHidden>: {label}</VisuallyHidden>
                    </Button>
                  )}
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
