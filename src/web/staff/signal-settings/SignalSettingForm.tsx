import { useMemo, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignalDefinitionView } from '../../endpoints/caseload-types';
import { isProblem } from '../../endpoints/problem';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Checkbox } from '../../ui/Checkbox';
import { Heading } from '../../ui/Heading';
import { LoadingText } from '../../ui/LoadingText';
import { TextField } from '../../ui/TextField';
import { VisuallyHidden } from '../../ui/VisuallyHidden';
import { definitionText, isSeverity, severityIcon, severityTone, signalShortName } from '../caseload/signal-text';
import type { FieldErrors } from '../forms/field-errors';
import { useFormErrors } from '../forms/form-errors';
import { FormProblems } from '../forms/FormProblems';
import { useSignalSettingMutation } from './signal-setting-mutation';
import { actionName, unitName } from './signal-words';

export interface SignalSettingFormProps {
  definition: SignalDefinitionView;
  onSaved: (message: string) => void;
}

/** One signal: its words, a switch and, when it has one, its threshold; saved on its own. */
export function SignalSettingForm({ definition, onSaved }: SignalSettingFormProps) {
  const { t, i18n } = useTranslation();
  const fieldIds = useMemo(() => ({ enabled: `signal-${definition.code}-enabled`, threshold: `signal-${definition.code}-threshold` }), [definition.code]);
  const [enabled, setEnabled] = useState(definition.enabled);
  const [threshold, setThreshold] = useState(definition.threshold === null ? '' : String(definition.threshold));
  const form = useFormErrors(fieldIds);
  const mutation = useSignalSettingMutation(definition.code);
  const range = definition.thresholdRange;
  const name = signalShortName(definition.code, undefined, t, i18n.language);
  const headingId = `signal-${definition.code}-title`;
  const rangeText = range === null ? '' : t('signalSettings.range', { min: range.min, max: range.max, unit: unitName(range.unit, range.max, t), defaultValue: range.defaultValue });

  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (mutation.isPending) return;
    const found: FieldErrors<'threshold'> = {};
    const value = Number(threshold);
    if (range !== null && (threshold.trim() === '' || !Number.isInteger(value) || value < range.min || value > range.max)) found.threshold = rangeText;
    if (!form.check(found)) return;
    mutation.mutate(range === null ? { enabled } : { enabled, threshold: value }, {
      onSuccess: () => { onSaved(t('signalSettings.saved', { name })); },
      onError: (error) => {
        if (isProblem(error, 400) && error.code === 'threshold-out-of-range') form.check({ threshold: rangeText });
        else form.fromServer(error);
      },
    });
  };

  return (
    <section aria-labelledby={headingId} className="koers-signal-setting">
      <Heading level={2} id={headingId}>
        {name}
      </Heading>
      <p>
        {isSeverity(definition.severity) && (
          <Badge tone={severityTone[definition.severity]} icon={severityIcon[definition.severity]}>
            {t(`caseload.signals.severity.${definition.severity}`)}
          </Badge>
        )}{' '}
        {definitionText(definition, i18n.language)}
      </p>
      <p className="koers-signal-setting__action">{t('signalSettings.action', { action: actionName(definition.action, t) })}</p>
      <form noValidate onSubmit={submit} aria-labelledby={headingId}>
        <FormProblems summary={form.summary} failure={form.failure} />
        <Checkbox id={fieldIds.enabled} role="switch" label={t('signalSettings.enabled')} checked={enabled} onChange={(event) => { setEnabled(event.target.checked); }} />
        {range !== null && (
          <TextField
            id={fieldIds.threshold}
            type="number"
            inputMode="numeric"
            className="koers-signal-setting__threshold"
            label={t('signalSettings.threshold', { unit: unitName(range.unit, 2, t) })}
            description={rangeText}
            min={range.min}
            max={range.max}
            step={1}
            value={threshold}
            onChange={(event) => { setThreshold(event.target.value); }}
            error={form.errors.threshold}
          />
        )}
        <Button type="submit" variant="secondary">
          {t('signalSettings.save')}
          <VisuallyHidden>{t('signalSettings.saveFor', { name })}</VisuallyHidden>
        </Button>
        {mutation.isPending && <LoadingText label={t('common.saving')} />}
      </form>
    </section>
  );
}
