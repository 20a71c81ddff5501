import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { updateHouseStyle } from '../../endpoints/house-style';
import { isProblem } from '../../endpoints/problem';
import type { HouseStyle, HouseStyleUpdate } from '../../endpoints/types';
import { problemMessage } from '../../i18n/problem-message';
import { organisationHouseStyleKey } from '../../tenant/house-style-query';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { isHexColor } from '../../ui/color';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { Heading } from '../../ui/Heading';
import { LoadingText } from '../../ui/LoadingText';
import { TextField } from '../../ui/TextField';
import { applyTheme } from '../../ui/theme';
import { hasErrors, serverFieldErrors, summaryItems, type FieldErrors } from '../forms/field-errors';
import { useActiveSession } from '../session/ActiveSession';
import { ColourField } from './ColourField';
import { HouseStylePreview } from './HouseStylePreview';
import { adminHouseStyleKey } from './house-style-queries';
import { LogoField, type LogoChoice } from './LogoField';

const fieldIds = {
  organisationName: 'house-style-name',
  primaryColor: 'house-style-primary',
  accentColor: 'house-style-accent',
  logo: 'house-style-logo',
};
type Field = keyof typeof fieldIds;

function logoUpdate(choice: LogoChoice): Pick<HouseStyleUpdate, 'logo'> {
  if (choice.kind === 'remove') return { logo: null };
  if (choice.kind === 'new') return { logo: choice.dataUrl };
  return {};
}

export function HouseStyleForm({ saved }: { saved: HouseStyle }) {
  const { t } = useTranslation();
  const session = useActiveSession();
  const queryClient = useQueryClient();
  const [organisationName, setOrganisationName] = useState(saved.organisationName);
  const [primaryColor, setPrimaryColor] = useState(saved.primaryColor);
  const [accentColor, setAccentColor] = useState(saved.accentColor);
  const [logo, setLogo] = useState<LogoChoice>({ kind: 'keep' });
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const summary = useMemo(() => summaryItems(errors, fieldIds), [errors]);

  const mutation = useMutation({
    mutationFn: updateHouseStyle,
    onSuccess: (houseStyle) => {
      applyTheme(houseStyle);
      queryClient.setQueryData(adminHouseStyleKey, houseStyle);
      queryClient.setQueryData(organisationHouseStyleKey(session.organisation.slug), houseStyle);
      setLogo({ kind: 'keep' });
    },
    onError: (error) => { setErrors(serverFieldErrors(error, fieldIds).fields); },
  });

  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (mutation.isPending) return;
    const found: FieldErrors<Field> = {};
    if (organisationName.trim() === '') found.organisationName = t('houseStyle.errors.nameRequired');
    if (!isHexColor(primaryColor)) found.primaryColor = t('houseStyle.errors.primaryFormat');
    if (!isHexColor(accentColor)) found.accentColor = t('houseStyle.errors.accentFormat');
    setErrors(found);
    if (hasErrors(found)) return;
    mutation.mutate({ organisationName: organisationName.trim(), primaryColor, accentColor, ...logoUpdate(logo) });
  };

  const previewLogo = logo.kind === 'new' ? logo.dataUrl : logo.kind === 'remove' ? null : saved.logoUrl;
  const failure = mutation.isError && !isProblem(mutation.error, 400) ? problemMessage(mutation.error, t) : null;

  return (
    <div className="koers-house-style">
      <form noValidate onSubmit={submit} aria-label={t('houseStyle.title')} className="koers-house-style__form">
        <ErrorSummary errors={summary} />
        {failure !== null && <Alert type="error" title={failure.message} />}
        {mutation.isSuccess && <Alert type="success">{t('houseStyle.saved')}</Alert>}
        <TextField
          id={fieldIds.organisationName}
          label={t('houseStyle.fields.name')}
          description={t('houseStyle.fields.nameDescription')}
          value={organisationName}
          onChange={(event) => { setOrganisationName(event.target.value); }}
          error={errors.organisationName}
          autoComplete="organization"
        />
        <ColourField
          id={fieldIds.primaryColor}
          label={t('houseStyle.fields.primary')}
          description={t('houseStyle.fields.primaryDescription')}
          pickerLabel={t('houseStyle.fields.primaryPicker')}
          value={primaryColor}
          onChange={setPrimaryColor}
          error={errors.primaryColor}
        />
        <ColourField
          id={fieldIds.accentColor}
          label={t('houseStyle.fields.accent')}
          description={t('houseStyle.fields.accentDescription')}
          pickerLabel={t('houseStyle.fields.accentPicker')}
          value={accentColor}
          onChange={setAccentColor}
          error={errors.accentColor}
        />
        <LogoField
          id={fieldIds.logo}
          currentLogoUrl={saved.logoUrl}
          choice={logo}
          onChoice={setLogo}
          error={errors.logo}
        />
        <Button type="submit">{t('houseStyle.submit')}</Button>
        {mutation.isPending && <LoadingText label={t('common.saving')} />}
      </form>
      <section aria-labelledby="house-style-preview-title" className="koers-house-style__preview">
        <Heading level={2} id="house-style-preview-title">
          {t('houseStyle.preview.title')}
        </Heading>
        <HouseStylePreview
          colours={{ primaryColor, accentColor }}
          organisationName={organisationName}
          logoUrl={previewLogo}
        />
      </section>
    </div>
  );
}
