import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Disclosure } from '../../ui/Disclosure';
import { Heading } from '../../ui/Heading';
import { hasFormFilters, type CaseloadFilters } from './caseload-filters';
import { CaseloadFilterForm } from './CaseloadFilterForm';
import { SavedViews } from './SavedViews';

export interface CaseloadFilterPanelProps {
  filters: CaseloadFilters;
  /** Changes whenever the applied filters change, to start the form afresh. */
  formKey: string;
  onApply: (filters: CaseloadFilters) => void;
  onMessage: (message: string) => void;
}

/** Saved views as quick links, and the filter form, folded away until it is wanted. */
export function CaseloadFilterPanel({ filters, formKey, onApply, onMessage }: CaseloadFilterPanelProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(() => hasFormFilters(filters) || filters.sort !== undefined);
  return (
    <section aria-labelledby="caseload-filters-title" className="koers-caseload-panel">
      <Heading level={2} id="caseload-filters-title">
        {t('caseload.filters.title')}
      </Heading>
      <SavedViews filters={filters} onMessage={onMessage} />
      <Disclosure summary={t('caseload.filters.formLabel')} open={open} onOpenChange={setOpen}>
        <CaseloadFilterForm key={formKey} filters={filters} onApply={onApply} />
      </Disclosure>
    </section>
  );
}
