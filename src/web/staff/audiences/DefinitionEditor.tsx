import { Fragment, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { Heading } from '../../ui/Heading';
import { RadioGroup } from '../../ui/RadioGroup';
import { Select } from '../../ui/Select';
import type { ConditionKind } from './audience-api';
import { ConditionEditor, type ConditionChoices } from './ConditionEditor';
import { conditionKinds, newCondition, newGroup, type ConditionDraft, type DefinitionDraft, type GroupDraft } from './definition-draft';

export interface DefinitionEditorProps {
  draft: DefinitionDraft;
  choices: ConditionChoices;
  /** Errors from the server, by condition key. */
  errors: Record<string, string>;
  onChange: (draft: DefinitionDraft) => void;
}

function KindPicker({ id, label, onAdd, buttonLabel }: { id: string; label: string; buttonLabel: ReactNode; onAdd: (kind: ConditionKind) => void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<ConditionKind>('profile');
  return (
    <div className="koers-audience-add">
      <Select id={id} label={label} value={kind} onChange={(event) => { setKind(event.target.value as ConditionKind); }}>
        {conditionKinds.map((k) => (
          <option key={k} value={k}>
            {t(`audiences.kinds.${k}`)}
          </option>
        ))}
      </Select>
      <Button variant="secondary" icon="plus" onClick={() => { onAdd(kind); }}>
        {buttonLabel}
      </Button>
    </div>
  );
}

/** The groups of conditions, with AND/OR between them and within each; add, change, remove. */
export function DefinitionEditor({ draft, choices, errors, onChange }: DefinitionEditorProps) {
  const { t } = useTranslation();
  const [focusKey, setFocusKey] = useState<string | null>(null);
  useEffect(() => {
    if (focusKey === null) return;
    const target = document.getElementById(focusKey);
    const control = target?.querySelector<HTMLElement>('select, input, button') ?? target;
    control?.focus();
    setFocusKey(null);
  }, [focusKey]);

  const matchOptions = [
    { value: 'all', label: t('audiences.builder.matchAll') },
    { value: 'any', label: t('audiences.builder.matchAny') },
  ];
  const setGroup = (key: string, change: (group: GroupDraft) => GroupDraft | null) => {
    const groups = draft.groups.map((g) => (g.key === key ? change(g) : g)).filter((g): g is GroupDraft => g !== null && g.conditions.length > 0);
    onChange({ ...draft, groups });
  };
  const setCondition = (groupKey: string, condition: ConditionDraft) => {
    setGroup(groupKey, (g) => ({ ...g, conditions: g.conditions.map((c) => (c.key === condition.key ? condition : c)) }));
  };

  return (
    <section className="koers-audience-definition" aria-labelledby="audience-conditions-title">
      <Heading level={2} id="audience-conditions-title" tabIndex={-1}>
        {t('audiences.builder.conditionsTitle')}
      </Heading>
      <p className="koers-field__description">{t('audiences.builder.conditionsIntro')}</p>
      {draft.groups.length === 0 && <p>{t('audiences.builder.noGroups')}</p>}
      {draft.groups.length > 1 && (
        <RadioGroup
          id="audience-groups-match"
          name="audience-groups-match"
          legend={t('audiences.builder.groupsMatch')}
          inline
          options={matchOptions}
          value={draft.match}
          onChange={(value) => { onChange({ ...draft, match: value as 'all' | 'any' }); }}
        />
      )}
      {draft.groups.map((group, g) => (
        <Fragment key={group.key}>
          {g > 0 && (
            <p className="koers-audience-joiner" aria-hidden="true">
              {draft.match === 'all' ? t('audiences.builder.and') : t('audiences.builder.or')}
            </p>
          )}
          <section className="koers-audience-group" id={`group-${group.key}`} aria-labelledby={`group-${group.key}-title`}>
            <div className="koers-audience-group__header">
              <Heading level={3} id={`group-${group.key}-title`}>
                {t('audiences.builder.group', { number: g + 1 })}
              </Heading>
              <Button
                variant="subtle"
                onClick={() => {
                  setGroup(group.key, () => null);
                  setFocusKey('audience-conditions-title');
                }}
              >
                {t('audiences.builder.removeGroup', { number: g + 1 })}
              </Button>
            </div>
            {group.conditions.length > 1 && (
              <RadioGroup
                id={`group-${group.key}-match`}
                name={`group-${group.key}-match`}
                legend={t('audiences.builder.groupMatch', { number: g + 1 })}
                inline
                options={matchOptions}
                value={group.match}
                onChange={(value) => { setGroup(group.key, (current) => ({ ...current, match: value as 'all' | 'any' })); }}
              />
            )}
            {group.conditions.map((condition, i) => (
              <Fragment key={condition.key}>
                {i > 0 && (
                  <p className="koers-audience-joiner koers-audience-joiner--inner" aria-hidden="true">
                    {group.match === 'all' ? t('audiences.builder.and') : t('audiences.builder.or')}
                  </p>
                )}
                <ConditionEditor
                  draft={condition}
                  number={i + 1}
                  groupNumber={g + 1}
                  choices={choices}
                  error={errors[condition.key] ?? null}
                  onChange={(next) => { setCondition(group.key, next); }}
                  onRemove={() => {
                    const remaining = group.conditions.filter((c) => c.key !== condition.key);
                    setGroup(group.key, (current) => ({ ...current, conditions: remaining }));
                    setFocusKey(remaining.length > 0 ? `add-${group.key}` : 'audience-conditions-title');
                  }}
                />
              </Fragment>
            ))}
            <div id={`add-${group.key}`}>
              <KindPicker
                id={`add-${group.key}-kind`}
                label={t('audiences.builder.newConditionKind')}
                buttonLabel={
                  <>
                    {t('audiences.builder.addCondition')}
                    <span className="koers-visually-hidden">{t('audiences.builder.addConditionTo', { number: g + 1 })}</span>
                  </>
                }
                onAdd={(kind) => {
                  const condition = newCondition(kind);
                  setGroup(group.key, (current) => ({ ...current, conditions: [...current.conditions, condition] }));
                  setFocusKey(`condition-${condition.key}`);
                }}
              />
            </div>
          </section>
        </Fragment>
      ))}
      <KindPicker
        id="audience-new-group-kind"
        label={draft.groups.length === 0 ? t('audiences.builder.newConditionKind') : t('audiences.builder.newGroupKind')}
        buttonLabel={draft.groups.length === 0 ? t('audiences.builder.addCondition') : t('audiences.builder.addGroup')}
        onAdd={(kind) => {
          const group = newGroup(kind);
          onChange({ ...draft, groups: [...draft.groups, group] });
          setFocusKey(`condition-${group.conditions[0]!.key}`);
        }}
      />
    </section>
  );
}
