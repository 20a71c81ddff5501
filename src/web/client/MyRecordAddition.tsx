import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../endpoints/problem';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { RadioGroup } from '../ui/RadioGroup';
import { TextArea } from '../ui/TextArea';
import { TextField } from '../ui/TextField';
import { addToMyRecord, myRecordKey, type MyRecord, type ProposedContact } from './my-record-api';
import { longMoment } from './my-record-format';
import { MyRecordSection } from './MyRecordSection';

type Field = keyof ProposedContact;
const fields: Field[] = ['street', 'houseNumber', 'postcode', 'city', 'phone', 'email'];
const fieldErrorKey: Partial<Record<Field, 'phone' | 'postcode' | 'email'>> = { phone: 'phone', postcode: 'postcode', email: 'email' };

/** The contact details as the record has them now, empty where there are none. */
function currentContact(record: MyRecord): Record<Field, string> {
  const me = record.aboutMe;
  const values: Record<Field, string | null> = { ...me.address, phone: me.phone, email: me.email };
  return Object.fromEntries(fields.map((field) => [field, values[field] ?? ''])) as Record<Field, string>;
}

/** "Iets toevoegen of verbeteren": tell something about me, or propose better contact details. */
export function AddSection({ record }: { record: MyRecord }) {
  const { t } = useTranslation();
  return (
    <MyRecordSection icon="edit" title={t('clientRecord.sections.add')} readText={t('clientRecord.add.intro')}>
      <p>{t('clientRecord.add.intro')}</p>
      <AdditionForm record={record} />
      <MyAdditions record={record} />
    </MyRecordSection>
  );
}

function AdditionForm({ record }: { record: MyRecord }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const saved = currentContact(record);
  const [mode, setMode] = useState<'tell' | 'correct'>('tell');
  const [text, setText] = useState('');
  const [contact, setContact] = useState(saved);
  const [formError, setFormError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field | 'text', string>>>({});
  const [sent, setSent] = useState<string | null>(null);

  const send = useMutation({
    mutationFn: addToMyRecord,
    onSuccess: async (addition) => {
      setSent(addition.kind === 'correction' ? t('clientRecord.add.sentCorrection') : t('clientRecord.add.sent'));
      setText('');
      await queryClient.invalidateQueries({ queryKey: myRecordKey });
    },
    onError: (error) => {
      const errors: Partial<Record<Field | 'text', string>> = {};
      if (error instanceof ProblemError) {
        for (const e of error.fieldErrors) {
          const field = e.field.replace(/^contact\./, '') as Field;
          const key = fieldErrorKey[field];
          if (key !== undefined) errors[field] = t(`fieldErrors.${key}`);
        }
      }
      setFieldErrors(errors);
      setFormError(t('clientRecord.add.failed'));
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSent(null);
    setFormError(null);
    setFieldErrors({});
    const note = text.trim();
    if (mode === 'tell') {
      if (note === '') {
        setFieldErrors({ text: t('clientRecord.add.textRequired') });
        return;
      }
      send.mutate({ text: note });
      return;
    }
    const changed = Object.fromEntries(fields.filter((f) => contact[f].trim() !== '' && contact[f].trim() !== saved[f]).map((f) => [f, contact[f].trim()])) as ProposedContact;
    if (Object.keys(changed).length === 0) {
      setFormError(t('clientRecord.add.nothingChanged'));
      return;
    }
    send.mutate(note === '' ? { contact: changed } : { contact: changed, text: note });
  };

  return (
    <form className="koers-client-form" onSubmit={submit} noValidate>
      {sent !== null && <Alert type="success">{sent}</Alert>}
      {formError !== null && <Alert type="error">{formError}</Alert>}
      <RadioGroup
        id="addition-kind"
        name="addition-kind"
        legend={t('clientRecord.add.what')}
        options={[
          { value: 'tell', label: t('clientRecord.add.tell') },
          { value: 'correct', label: t('clientRecord.add.correct') },
        ]}
        value={mode}
        onChange={(value) => { setMode(value === 'correct' ? 'correct' : 'tell'); }}
      />
      {mode === 'tell' ? (
        <TextArea
          label={t('clientRecord.add.text')}
          description={t('clientRecord.add.textHint')}
          error={fieldErrors.text}
          value={text}
          maxLength={2000}
          onChange={(event) => { setText(event.target.value); }}
        />
      ) : (
        <>
          <p>{t('clientRecord.add.contactHint')}</p>
          {fields.map((field) => (
            <TextField
              key={field}
              label={t(`clientRecord.add.${field}`)}
              optional
              error={fieldErrors[field]}
              value={contact[field]}
              type={field === 'email' ? 'email' : field === 'phone' ? 'tel' : 'text'}
              autoComplete={{ street: 'address-line1', houseNumber: 'address-line2', postcode: 'postal-code', city: 'address-level2', phone: 'tel', email: 'email' }[field]}
              onChange={(event) => { setContact({ ...contact, [field]: event.target.value }); }}
            />
          ))}
          <TextArea label={t('clientRecord.add.why')} optional value={text} maxLength={2000} rows={3} onChange={(event) => { setText(event.target.value); }} />
        </>
      )}
      <Button type="submit" size="large" icon="check" disabled={send.isPending}>
        {t('clientRecord.add.send')}
      </Button>
    </form>
  );
}

function MyAdditions({ record }: { record: MyRecord }) {
  const { t, i18n } = useTranslation();
  if (record.additions.length === 0) return null;
  return (
    <>
      <h3>{t('clientRecord.add.mine')}</h3>
      <ul className="koers-my-record__list">
        {record.additions.map((addition) => (
          <li key={addition.id}>
            <span className="koers-my-record__meta">
              {longMoment(addition.createdAt, i18n.language)} · <strong>{t(`clientRecord.add.state.${addition.state}`)}</strong>
            </span>
            {addition.contact !== null && <><br />{Object.values(addition.contact).join(', ')}</>}
            {addition.text !== null && <><br /><span className="koers-my-record__text">{addition.text}</span></>}
            {addition.decisionNote !== null && <><br />{t('clientRecord.add.reason', { note: addition.decisionNote })}</>}
          </li>
        ))}
      </ul>
    </>
  );
}
