import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { LoadingText } from '../ui/LoadingText';
import { ReadAloudButton } from './ReadAloudButton';
import { inboxKey } from './client-api';
import { fetchMySchedule, myScheduleKey, reportRecovered, reportSick } from './self-service-api';
import { SelfServiceConfirmation } from './SelfServiceConfirmation';
import { SelfServiceIcon } from './SelfServiceIcon';
import './self-service.css';

type Step = 'start' | 'confirm';

/**
 * "Ziek melden" in two taps: "Ik ben ziek", then "Ja, ik ben ziek"; then the confirmation with
 * the name of who knows now. While reported sick: "Ik ben weer beter", the same way.
 */
export function ReportSick() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const schedule = useQuery({ queryKey: myScheduleKey, queryFn: fetchMySchedule });
  const [step, setStep] = useState<Step>('start');
  const [done, setDone] = useState<{ kind: 'sick' | 'better'; told: string } | null>(null);
  const questionRef = useRef<HTMLDivElement>(null);
  const refresh = () => Promise.all([queryClient.invalidateQueries({ queryKey: myScheduleKey }), queryClient.invalidateQueries({ queryKey: inboxKey })]);
  const sick = useMutation({
    mutationFn: reportSick,
    onSuccess: async (report) => {
      setDone({ kind: 'sick', told: report.told.name });
      setStep('start');
      await refresh();
    },
  });
  const better = useMutation({
    mutationFn: reportRecovered,
    onSuccess: async (recovery) => {
      setDone({ kind: 'better', told: recovery.told.name });
      setStep('start');
      await refresh();
    },
  });
  // The first button is gone after the first tap: focus goes to the question's "yes".
  useEffect(() => {
    if (step === 'confirm') questionRef.current?.querySelector('button')?.focus();
  }, [step]);

  const isSick = schedule.data?.sick === true;
  const failed = sick.isError || better.isError;
  const confirmation =
    done === null
      ? []
      : done.kind === 'sick'
        ? [t('clientSelfService.sick.reported'), t('clientSelfService.sick.told', { name: done.told }), t('clientSelfService.sick.getWell')]
        : [t('clientSelfService.sick.recovered'), t('clientSelfService.sick.told', { name: done.told })];
  const intro = isSick ? t('clientSelfService.sick.stillSick') : t('clientSelfService.sick.intro');

  return (
    <>
      <h1>{t('clientSelfService.sick.title')}</h1>
      {done !== null && (
        <SelfServiceConfirmation icon={done.kind === 'sick' ? 'heart' : 'sun'} lines={confirmation} />
      )}
      {failed && <Alert type="error">{t('clientSelfService.sick.failed')}</Alert>}
      {schedule.isPending && <LoadingText />}
      {schedule.isError && <Alert type="error">{t('clientSelfService.loadError')}</Alert>}
      {schedule.data !== undefined && (
        <div className="koers-client-panel">
          {done === null && <p className="koers-client-lead">{intro}</p>}
          {step === 'start' ? (
            <Button
              size="large"
              variant={isSick ? 'primary' : 'danger'}
              className="koers-self-service__big"
              onClick={() => {
                setDone(null);
                setStep('confirm');
              }}
            >
              <span className="koers-self-service__button-text">
                <SelfServiceIcon name={isSick ? 'sun' : 'thermometer'} />
                {isSick ? t('clientSelfService.sick.better') : t('clientSelfService.sick.report')}
              </span>
            </Button>
          ) : (
            <div ref={questionRef} className="koers-self-service__question">
              <p className="koers-client-lead">
                <strong>{t('clientSelfService.sick.question')}</strong>
              </p>
              <Button
                size="large"
                icon="check"
                className="koers-self-service__big"
                disabled={sick.isPending || better.isPending}
                onClick={() => {
                  if (isSick) better.mutate();
                  else sick.mutate();
                }}
              >
                {isSick ? t('clientSelfService.sick.confirmBetter') : t('clientSelfService.sick.confirm')}
              </Button>
              <Button variant="secondary" size="large" className="koers-self-service__big" onClick={() => { setStep('start'); }}>
                {t('clientSelfService.sick.back')}
              </Button>
            </div>
          )}
          <ReadAloudButton text={[t('clientSelfService.sick.title'), ...(done === null ? [intro] : confirmation)].join('. ')} />
        </div>
      )}
    </>
  );
}
