import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Coach, ProfileCriterionConfig } from '../../endpoints/client-types';
import type { ClientSettings } from '../../endpoints/client-types';
import type { Team } from '../../endpoints/types';
import { localLabel } from '../../i18n/labels';
import { Button } from '../../ui/Button';
import { Checkbox } from '../../ui/Checkbox';
import { CheckboxGroup } from '../../ui/CheckboxGroup';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import { phaseText } from '../client-page/phase-text';
import type { AudienceOptions, AudienceSummary, PhaseCode, ProfileOperator } from './audience-api';
import type { ConditionDraft } from './definition-draft';

/** What conditions are built from: the organisation's configuration, colleagues and audiences. */
export interface ConditionChoices {
  settings: ClientSettings | undefined;
  coaches: Coach[];
  teams: Team[];
  audiences: AudienceSummary[];
  options: AudienceOptions | undefined;
  /** The audience being edited (not offered as its own member). */
  audienceId: string | undefined;
}

const operatorsByType: Record<ProfileCriterionConfig['valueType'], ProfileOperator[]> = {
  text: ['contains', 'equals', 'oneOf', 'isSet'],
  number: ['gte', 'lte', 'gt', 'lt', 'equals', 'isSet'],
  boolean: ['equals', 'isSet'],
  date: ['before', 'after', 'equals', 'isSet'],
  choice: ['equals', 'oneOf', 'isSet'],
  multi_choice: ['contains', 'containsAny', 'isSet'],
};
const phases: PhaseCode[] = ['before-intake', '0-3', '3-6', '6-12', '12+'];

export interface ConditionEditorProps {
  draft: ConditionDraft;
  /** "Voorwaarde 2: Status" — for the legend and the remove button. */
  number: number;
  groupNumber: number;
  choices: ConditionChoices;
  error: string | null;
  onChange: (draft: ConditionDraft) => void;
  onRemove: () => void;
}

/** One condition: its fields by kind, NOT, and remove. */
export function ConditionEditor({ draft, number, groupNumber, choices, error, onChange, onRemove }: ConditionEditorProps) {
  const { t } = useTranslation();
  const id = `condition-${draft.key}`;
  const set = (change: Partial<ConditionDraft>) => { onChange({ ...draft, ...change }); };
  return (
    <fieldset className={['koers-fieldset', 'koers-audience-condition', error ? 'koers-field--invalid' : ''].filter(Boolean).join(' ')} id={id} tabIndex={-1}>
      <legend className="koers-fieldset__legend">{t('audiences.builder.condition', { number, kind: t(`audiences.kinds.${draft.kind}`) })}</legend>
      {error && (
        <p className="koers-field__error" id={`${id}-error`}>
          <span className="koers-visually-hidden">{t('ui.field.errorPrefix')} </span>
          {error}
        </p>
      )}
      <div className="koers-audience-condition__fields">
        <ConditionFields draft={draft} id={id} choices={choices} set={set} />
      </div>
      <div className="koers-audience-condition__footer">
        <Checkbox id={`${id}-negate`} label={t('audiences.builder.negate')} checked={draft.negate} onChange={(event) => { set({ negate: event.target.checked }); }} />
        <Button variant="subtle" onClick={onRemove}>
          {t('audiences.builder.removeCondition')}
          <span className="koers-visually-hidden">{t('audiences.builder.removeConditionOf', { number, group: groupNumber })}</span>
        </Button>
      </div>
    </fieldset>
  );
}

interface FieldsProps {
  draft: ConditionDraft;
  id: string;
  choices: ConditionChoices;
  set: (change: Partial<ConditionDraft>) => void;
}

function ConditionFields({ draft, id, choices, set }: FieldsProps): ReactNode {
  const { t, i18n } = useTranslation();
  const label = (item: { labelNl: string; labelEn: string }) => localLabel(item, i18n.language);
  const settings = choices.settings;
  const windowFields = (
    <>
      <TextField
        id={`${id}-amount`}
        type="number"
        inputMode="numeric"
        min={1}
        max={3650}
        label={t('audiences.window.amount')}
        value={draft.amount === undefined || Number.isNaN(draft.amount) ? '' : String(draft.amount)}
        onChange={(event) => { set({ amount: event.target.value === '' ? undefined : Number(event.target.value) }); }}
      />
      <Select id={`${id}-unit`} label={t('audiences.window.unit')} value={draft.unit ?? 'days'} onChange={(event) => { set({ unit: event.target.value as 'days' | 'months' }); }}>
        <option value="days">{t('audiences.window.days')}</option>
        <option value="months">{t('audiences.window.months')}</option>
      </Select>
    </>
  );

  switch (draft.kind) {
    case 'profile': {
      const criteria = (settings?.profileCriteria ?? []).filter((c) => c.active || c.code === draft.criterion);
      const criterion = criteria.find((c) => c.code === draft.criterion);
      const operators = criterion ? operatorsByType[criterion.valueType] : [];
      const options = criterion?.options ?? [];
      const operator = draft.operator;
      const valueField = (): ReactNode => {
        if (!criterion || operator === undefined || operator === 'isSet') return null;
        if (operator === 'oneOf' || operator === 'containsAny') {
          if (options.length === 0) {
            return (
              <TextField
                id={`${id}-values`}
                label={t('audiences.profile.values')}
                value={(draft.values ?? []).join(', ')}
                onChange={(event) => { set({ values: event.target.value.split(',').map((v) => v.trim()).filter(Boolean) }); }}
              />
            );
          }
          return (
            <CheckboxGroup
              id={`${id}-values`}
              name={`${id}-values`}
              legend={t('audiences.profile.values')}
              options={options.map((o) => ({ value: o.value, label: label(o) }))}
              value={draft.values ?? []}
              onChange={(values) => { set({ values }); }}
            />
          );
        }
        if (options.length > 0) {
          return (
            <Select id={`${id}-value`} label={t('audiences.profile.value')} value={typeof draft.value === 'string' ? draft.value : ''} onChange={(event) => { set({ value: event.target.value }); }}>
              <option value="">{t('audiences.profile.chooseValue')}</option>
              {options.map((o) => (
                <option key={o.value} value={o.value}>
                  {label(o)}
                </option>
              ))}
            </Select>
          );
        }
        if (criterion.valueType === 'boolean') {
          return (
            <Select id={`${id}-value`} label={t('audiences.profile.value')} value={draft.value === undefined ? '' : String(draft.value)} onChange={(event) => { set({ value: event.target.value === '' ? undefined : event.target.value === 'true' }); }}>
              <option value="">{t('audiences.profile.chooseValue')}</option>
              <option value="true">{t('common.yes')}</option>
              <option value="false">{t('common.no')}</option>
            </Select>
          );
        }
        if (criterion.valueType === 'number') {
          return (
            <TextField
              id={`${id}-value`}
              type="number"
              label={t('audiences.profile.value')}
              value={typeof draft.value === 'number' ? String(draft.value) : ''}
              onChange={(event) => { set({ value: event.target.value === '' ? undefined : Number(event.target.value) }); }}
            />
          );
        }
        return (
          <TextField
            id={`${id}-value`}
            type={criterion.valueType === 'date' ? 'date' : 'text'}
            label={t('audiences.profile.value')}
            value={typeof draft.value === 'string' ? draft.value : ''}
            onChange={(event) => { set({ value: event.target.value }); }}
          />
        );
      };
      return (
        <>
          <Select
            id={`${id}-criterion`}
            label={t('audiences.profile.criterion')}
            value={draft.criterion ?? ''}
            onChange={(event) => {
              const next = criteria.find((c) => c.code === event.target.value);
              set({ criterion: event.target.value, operator: next ? operatorsByType[next.valueType][0] : undefined, value: undefined, values: undefined });
            }}
          >
            <option value="">{t('audiences.profile.chooseCriterion')}</option>
            {criteria.map((c) => (
              <option key={c.code} value={c.code}>
                {label(c)}
              </option>
            ))}
          </Select>
          {criterion && (
            <Select id={`${id}-operator`} label={t('audiences.profile.operator')} value={operator ?? ''} onChange={(event) => { set({ operator: event.target.value as ProfileOperator, value: undefined, values: undefined }); }}>
              {operators.map((op) => (
                <option key={op} value={op}>
                  {t(`audiences.profile.operators.${op}`)}
                </option>
              ))}
            </Select>
          )}
          {valueField()}
        </>
      );
    }
    case 'status': {
      const types = (settings?.statusTypes ?? []).filter((s) => s.active || s.code === draft.status);
      const regimes = types.find((s) => s.code === draft.status)?.regimes ?? [];
      return (
        <>
          <Select id={`${id}-status`} label={t('audiences.status.status')} value={draft.status ?? ''} onChange={(event) => { set({ status: event.target.value, regime: undefined }); }}>
            <option value="">{t('audiences.status.chooseStatus')}</option>
            {types.map((s) => (
              <option key={s.code} value={s.code}>
                {label(s)}
              </option>
            ))}
          </Select>
          {regimes.length > 0 && (
            <Select id={`${id}-regime`} label={t('audiences.status.regime')} optional value={draft.regime ?? ''} onChange={(event) => { set({ regime: event.target.value || undefined }); }}>
              <option value="">{t('audiences.status.anyRegime')}</option>
              {regimes.map((r) => (
                <option key={r} value={r}>
                  {r}
                </option>
              ))}
            </Select>
          )}
          <Select id={`${id}-when`} label={t('audiences.status.when')} value={draft.during ? 'during' : 'now'} onChange={(event) => { set({ during: event.target.value === 'during' }); }}>
            <option value="now">{t('audiences.status.now')}</option>
            <option value="during">{t('audiences.status.during')}</option>
          </Select>
          {draft.during && (
            <>
              <TextField id={`${id}-from`} type="date" label={t('audiences.status.from')} value={draft.from ?? ''} onChange={(event) => { set({ from: event.target.value }); }} />
              <TextField id={`${id}-to`} type="date" label={t('audiences.status.to')} value={draft.to ?? ''} onChange={(event) => { set({ to: event.target.value }); }} />
            </>
          )}
        </>
      );
    }
    case 'phase':
      return (
        <CheckboxGroup
          id={`${id}-phases`}
          name={`${id}-phases`}
          legend={t('audiences.phase.phases')}
          options={phases.map((code) => ({ value: code, label: phaseText({ code, monthsSinceIntake: null }, t) }))}
          value={draft.phases ?? []}
          onChange={(values) => { set({ phases: values as PhaseCode[] }); }}
        />
      );
    case 'segment': {
      const scales = settings?.segmentScales ?? [];
      const scale = scales.find((s) => s.code === draft.scale);
      return (
        <>
          <Select id={`${id}-scale`} label={t('audiences.segment.scale')} value={draft.scale ?? ''} onChange={(event) => { set({ scale: event.target.value, level: undefined }); }}>
            <option value="">{t('audiences.segment.chooseScale')}</option>
            {scales.map((s) => (
              <option key={s.code} value={s.code}>
                {label(s)}
              </option>
            ))}
          </Select>
          <Select id={`${id}-segment-operator`} label={t('audiences.segment.operator')} value={draft.segmentOperator ?? 'gte'} onChange={(event) => { set({ segmentOperator: event.target.value as 'eq' | 'lte' | 'gte' }); }}>
            {(['gte', 'lte', 'eq'] as const).map((op) => (
              <option key={op} value={op}>
                {t(`audiences.segment.operators.${op}`)}
              </option>
            ))}
          </Select>
          <Select id={`${id}-level`} label={t('audiences.segment.level')} value={draft.level === undefined ? '' : String(draft.level)} onChange={(event) => { set({ level: event.target.value === '' ? undefined : Number(event.target.value) }); }}>
            <option value="">{t('audiences.segment.chooseLevel')}</option>
            {(scale?.levels ?? []).map((l) => (
              <option key={l.value} value={l.value}>
                {`${String(l.value)} – ${label(l)}`}
              </option>
            ))}
          </Select>
        </>
      );
    }
    case 'coach':
      return (
        <Select id={`${id}-coach`} label={t('audiences.coach.coach')} value={draft.ids?.[0] ?? ''} onChange={(event) => { set({ ids: event.target.value ? [event.target.value] : [] }); }}>
          <option value="">{t('audiences.coach.chooseCoach')}</option>
          {choices.coaches.map((c) => (
            <option key={c.id} value={c.id}>
              {c.displayName}
            </option>
          ))}
        </Select>
      );
    case 'team':
      return (
        <Select id={`${id}-team`} label={t('audiences.team.team')} value={draft.ids?.[0] ?? ''} onChange={(event) => { set({ ids: event.target.value ? [event.target.value] : [] }); }}>
          <option value="">{t('audiences.team.chooseTeam')}</option>
          {choices.teams.map((team) => (
            <option key={team.id} value={team.id}>
              {team.name}
            </option>
          ))}
        </Select>
      );
    case 'location':
    case 'secondment': {
      const suggestions = draft.kind === 'location' ? (choices.options?.locations ?? []) : (choices.options?.employers ?? []);
      return (
        <>
          <TextField
            id={`${id}-text`}
            label={draft.kind === 'location' ? t('audiences.location.location') : t('audiences.secondment.employer')}
            value={draft.texts?.[0] ?? ''}
            list={`${id}-suggestions`}
            autoComplete="off"
            maxLength={200}
            onChange={(event) => { set({ texts: [event.target.value] }); }}
          />
          <datalist id={`${id}-suggestions`}>
            {suggestions.map((s) => (
              <option key={s} value={s} />
            ))}
          </datalist>
        </>
      );
    }
    case 'intervention': {
      const types = (settings?.interventionTypes ?? []).filter((i) => i.active || i.code === draft.interventionType);
      return (
        <>
          <Select
            id={`${id}-intervention`}
            label={t('audiences.intervention.type')}
            description={t('audiences.intervention.hint')}
            value={draft.interventionType ?? ''}
            onChange={(event) => { set({ interventionType: event.target.value }); }}
          >
            <option value="">{t('audiences.intervention.chooseType')}</option>
            {types.map((i) => (
              <option key={i.code} value={i.code}>
                {label(i)}
              </option>
            ))}
          </Select>
          {windowFields}
        </>
      );
    }
    case 'message':
      return (
        <>
          <Select id={`${id}-event`} label={t('audiences.message.event')} value={draft.event ?? 'opened'} onChange={(event) => { set({ event: event.target.value as 'received' | 'opened' | 'clicked' }); }}>
            {(['received', 'opened', 'clicked'] as const).map((e) => (
              <option key={e} value={e}>
                {t(`audiences.message.events.${e}`)}
              </option>
            ))}
          </Select>
          <Select id={`${id}-category`} label={t('audiences.message.category')} optional value={draft.category ?? ''} onChange={(event) => { set({ category: (event.target.value || undefined) as ConditionDraft['category'] }); }}>
            <option value="">{t('audiences.message.anyCategory')}</option>
            {(['service', 'news', 'vacancy', 'event'] as const).map((c) => (
              <option key={c} value={c}>
                {t(`audiences.message.categories.${c}`)}
              </option>
            ))}
          </Select>
          {windowFields}
        </>
      );
    case 'audience':
      return (
        <Select id={`${id}-audience`} label={t('audiences.audience.audience')} value={draft.audienceId ?? ''} onChange={(event) => { set({ audienceId: event.target.value }); }}>
          <option value="">{t('audiences.audience.chooseAudience')}</option>
          {choices.audiences
            .filter((a) => a.id !== choices.audienceId)
            .map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
        </Select>
      );
  }
}
