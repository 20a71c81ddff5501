import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseloadView } from '../../endpoints/caseload-types';
import { problemMessage } from '../../i18n/problem-message';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Disclosure } from '../../ui/Disclosure';
import { Heading } from '../../ui/Heading';
import { LoadingText } from '../../ui/LoadingText';
import { VisuallyHidden } from '../../ui/VisuallyHidden';
import { caseloadPath, filtersFromView, type CaseloadFilters } from './caseload-filters';
import { useCaseloadViewsQuery } from './caseload-queries';
import { SaveViewForm } from './SaveViewForm';
import { useDeleteViewMutation } from './view-mutations';

export interface SavedViewsProps {
  /** The filters now applied: what "save" stores, and which view is the current one. */
  filters: CaseloadFilters;
  onMessage: (message: string) => void;
}

/** The coach's own named combinations of filters, as quick links; save the current one, delete old ones. */
export function SavedViews({ filters, onMessage }: SavedViewsProps) {
  const { t } = useTranslation();
  const views = useCaseloadViewsQuery();
  const remove = useDeleteViewMutation();
  const [saving, setSaving] = useState(false);
  const [deleting, setDeleting] = useState<CaseloadView | null>(null);
  const current = caseloadPath(filters);

  return (
    <div className="koers-caseload-views">
      <Heading level={3} id="caseload-views-title">
        {t('caseload.views.title')}
      </Heading>
      {views.isPending && <LoadingText />}
      {views.isError && <Alert type="error">{problemMessage(views.error, t).message}</Alert>}
      {remove.isError && <Alert type="error">{problemMessage(remove.error, t).message}</Alert>}
      {views.data?.length === 0 && <p>{t('caseload.views.none')}</p>}
      {views.data !== undefined && views.data.length > 0 && (
        <ul className="koers-caseload-views__list" aria-labelledby="caseload-views-title">
          {views.data.map((view) => {
            const path = caseloadPath(filtersFromView(view.filters));
            return (
              <li key={view.id}>
                <Link to={path} aria-current={path === current ? 'page' : undefined}>
                  {view.name}
                </Link>
                <Button variant="subtle" onClick={() => { setDeleting(view); }}>
                  {t('caseload.views.delete')}
                  <VisuallyHidden>{t('caseload.views.deleteFor', { name: view.name })}</VisuallyHidden>
                </Button>
              </li>
            );
          })}
        </ul>
      )}
      <Disclosure summary={t('caseload.views.save.summary')} open={saving} onOpenChange={setSaving}>
        <SaveViewForm
          filters={filters}
          onSaved={(name) => {
            setSaving(false);
            onMessage(t('caseload.views.save.saved', { name }));
          }}
        />
      </Disclosure>
      <ConfirmDialog
        open={deleting !== null}
        title={t('caseload.views.confirmTitle', { name: deleting?.name ?? '' })}
        confirmLabel={t('caseload.views.confirm')}
        cancelLabel={t('common.cancel')}
        destructive
        onCancel={() => { setDeleting(null); }}
        onConfirm={() => {
          if (deleting === null) return;
          const { id, name } = deleting;
          setDeleting(null);
          remove.mutate(id, { onSuccess: () => { onMessage(t('caseload.views.deleted', { name })); } });
        }}
      >
        <p>{t('caseload.views.confirmText')}</p>
      </ConfirmDialog>
    </div>
  );
}
