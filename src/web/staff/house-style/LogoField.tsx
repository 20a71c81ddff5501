import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { LogoFileError, logoTypes, readLogoFile } from './logo-file';

/** The logo to save: the current one, none, or a newly chosen file. */
export type LogoChoice = { kind: 'keep' } | { kind: 'remove' } | { kind: 'new'; dataUrl: string };

export interface LogoFieldProps {
  id: string;
  currentLogoUrl: string | null;
  choice: LogoChoice;
  onChoice: (choice: LogoChoice) => void;
  /** An error from the server about the logo. */
  error: string | undefined;
}

export function LogoField({ id, currentLogoUrl, choice, onChoice, error }: LogoFieldProps) {
  const { t } = useTranslation();
  const [fileError, setFileError] = useState<string | undefined>(undefined);
  const [inputKey, setInputKey] = useState(0);
  const hasLogo = choice.kind === 'new' || (choice.kind === 'keep' && currentLogoUrl !== null);

  const choose = (file: File | undefined): void => {
    setFileError(undefined);
    if (file === undefined) return;
    readLogoFile(file).then(
      (dataUrl) => { onChoice({ kind: 'new', dataUrl }); },
      (reason: unknown) => {
        const problem = reason instanceof LogoFileError ? reason.problem : 'unreadable';
        setFileError(t(`houseStyle.errors.logo.${problem}`));
        setInputKey((key) => key + 1);
      },
    );
  };

  const remove = (): void => {
    setFileError(undefined);
    setInputKey((key) => key + 1);
    onChoice({ kind: 'remove' });
  };

  const status =
    choice.kind === 'new'
      ? t('houseStyle.logo.newChosen')
      : hasLogo
        ? t('houseStyle.logo.current')
        : t('houseStyle.logo.none');

  return (
    <div className="koers-logo-field">
      <TextField
        key={inputKey}
        id={id}
        type="file"
        label={t('houseStyle.fields.logo')}
        description={`${t('houseStyle.fields.logoDescription')} ${status}`}
        optional
        accept={logoTypes.join(',')}
        onChange={(event) => { choose(event.target.files?.[0]); }}
        error={fileError ?? error}
      />
      <div className="koers-button-group">
        {hasLogo && (
          <Button variant="secondary" onClick={remove}>
            {t('houseStyle.logo.remove')}
          </Button>
        )}
        {choice.kind !== 'keep' && currentLogoUrl !== null && (
          <Button variant="subtle" onClick={() => { onChoice({ kind: 'keep' }); }}>
            {t('houseStyle.logo.keepCurrent')}
          </Button>
        )}
      </div>
    </div>
  );
}
