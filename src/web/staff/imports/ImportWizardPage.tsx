import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PreviewOptions } from '../../endpoints/imports';
import type { ImportMapping, ImportPreview } from '../../endpoints/import-types';
import { Heading, PageHeading } from '../../ui/Heading';
import { useDocumentTitle } from '../pages/document-title';
import { DryRunStep } from './DryRunStep';
import { FileStep } from './FileStep';
import { ImportStepList } from './ImportStepList';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { RunStep } from './RunStep';
import { stepHeadingId, type ImportStep } from './import-steps';
import './imports.css';

interface Chosen {
  file: File;
  preview: ImportPreview;
  /** How the file was read, when the user chose it: kept in the mapping. */
  options: PreviewOptions;
}

/** A new import: file, preview, mapping, dry run, then the import itself. */
export function ImportWizardPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('imports.new.title'));
  const [step, setStep] = useState<ImportStep>('file');
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [mapping, setMapping] = useState<ImportMapping | null>(null);
  const [firstStep, setFirstStep] = useState(true);

  useEffect(() => {
    if (firstStep) return;
    document.getElementById(stepHeadingId)?.focus();
  }, [step, firstStep]);
  const go = (next: ImportStep): void => {
    setFirstStep(false);
    setStep(next);
  };

  return (
    <>
      <p className="koers-back-link">
        <Link to="/imports">{t('imports.backToList')}</Link>
      </p>
      <PageHeading>{t('imports.new.title')}</PageHeading>
      <ImportStepList current={step} />
      <Heading level={2} id={stepHeadingId} tabIndex={-1}>
        {t(`imports.steps.${step}`)}
      </Heading>
      {step === 'file' && (
        <FileStep
          onRead={(file, preview) => {
            setChosen({ file, preview, options: {} });
            go('preview');
          }}
        />
      )}
      {step === 'preview' && chosen !== null && (
        <PreviewStep
          file={chosen.file}
          preview={chosen.preview}
          onReread={(preview, options) => { setChosen({ ...chosen, preview, options }); }}
          onBack={() => { go('file'); }}
          onNext={() => { go('mapping'); }}
        />
      )}
      {step === 'mapping' && chosen !== null && (
        <MappingStep
          preview={chosen.preview}
          readOptions={chosen.options}
          onBack={() => { go('preview'); }}
          onSaved={(saved) => {
            setMapping(saved);
            go('dryRun');
          }}
        />
      )}
      {step === 'dryRun' && chosen !== null && mapping !== null && (
        <DryRunStep file={chosen.file} mapping={mapping} onBack={() => { go('mapping'); }} onImport={() => { go('run'); }} />
      )}
      {step === 'run' && chosen !== null && mapping !== null && <RunStep file={chosen.file} mapping={mapping} />}
    </>
  );
}
