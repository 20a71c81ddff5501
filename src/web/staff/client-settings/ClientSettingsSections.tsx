import { useTranslation } from 'react-i18next';
import type { ClientSettings } from '../../endpoints/client-types';
import { formatList } from '../../i18n/format';
import { localLabel } from '../../i18n/labels';
import { roleName } from '../roles';
import { CompetenceForm } from './CompetenceForm';
import { InterventionTypeForm } from './InterventionTypeForm';
import { ProfileCriterionForm } from './ProfileCriterionForm';
import { SegmentScaleForm } from './SegmentScaleForm';
import { SettingSection } from './SettingSection';
import { StatusTypeForm } from './StatusTypeForm';

const sections = ['status-types', 'profile-criteria', 'segment-scales', 'competences', 'intervention-types'] as const;
const titleKeys = {
  'status-types': 'clientSettings.statusTypes.title',
  'profile-criteria': 'clientSettings.profileCriteria.title',
  'segment-scales': 'clientSettings.segmentScales.title',
  competences: 'clientSettings.competences.title',
  'intervention-types': 'clientSettings.interventionTypes.title',
} as const;

/** A contents list and a section for each kind of setting. */
export function ClientSettingsSections({ settings }: { settings: ClientSettings }) {
  const { t, i18n } = useTranslation();
  const activeText = (active: boolean): string => (active ? t('clientSettings.on') : t('clientSettings.off'));
  return (
    <>
      <nav aria-label={t('clientSettings.contents')} className="koers-page-contents">
        <ul>
          {sections.map((kind) => (
            <li key={kind}>
              <a href={`#section-${kind}`}>{t(titleKeys[kind])}</a>
            </li>
          ))}
        </ul>
      </nav>
      <SettingSection
        kind="status-types"
        title={t('clientSettings.statusTypes.title')}
        intro={t('clientSettings.statusTypes.intro')}
        items={settings.statusTypes}
        newLabel={t('clientSettings.statusTypes.new')}
        canSwitchOff
        Form={StatusTypeForm}
        columns={[
          { header: t('clientSettings.statusTypes.kind'), cell: (item) => t(`clientSettings.statusKinds.${item.kind}`) },
          { header: t('clientSettings.statusTypes.regimes'), cell: (item) => (item.regimes.length === 0 ? '—' : item.regimes.join(', ')) },
          { header: t('clientSettings.columns.active'), cell: (item) => activeText(item.active) },
        ]}
      />
      <SettingSection
        kind="profile-criteria"
        title={t('clientSettings.profileCriteria.title')}
        intro={t('clientSettings.profileCriteria.intro')}
        items={settings.profileCriteria}
        newLabel={t('clientSettings.profileCriteria.new')}
        canSwitchOff
        Form={ProfileCriterionForm}
        columns={[
          { header: t('clientSettings.profileCriteria.valueType'), cell: (item) => t(`clientSettings.valueTypes.${item.valueType}`) },
          {
            header: t('clientSettings.profileCriteria.options'),
            cell: (item) => (item.options.length === 0 ? '—' : formatList(item.options.map((o) => localLabel(o, i18n.language)), i18n.language)),
          },
          {
            header: t('clientSettings.profileCriteria.visibleTo'),
            cell: (item) => (item.visibleTo.length === 0 ? t('clientSettings.nobody') : formatList(item.visibleTo.map((role) => roleName(role, t)), i18n.language)),
          },
          { header: t('clientSettings.columns.active'), cell: (item) => activeText(item.active) },
        ]}
      />
      <SettingSection
        kind="segment-scales"
        title={t('clientSettings.segmentScales.title')}
        intro={t('clientSettings.segmentScales.intro')}
        items={settings.segmentScales}
        newLabel={t('clientSettings.segmentScales.new')}
        canSwitchOff={false}
        Form={SegmentScaleForm}
        columns={[
          {
            header: t('clientSettings.segmentScales.levels'),
            cell: (item) => (
              <ol className="koers-compact-list">
                {item.levels.map((level) => (
                  <li key={level.value}>
                    {level.value} – {localLabel(level, i18n.language)}
                  </li>
                ))}
              </ol>
            ),
          },
        ]}
      />
      <SettingSection
        kind="competences"
        title={t('clientSettings.competences.title')}
        intro={t('clientSettings.competences.intro')}
        items={settings.competences}
        newLabel={t('clientSettings.competences.new')}
        canSwitchOff={false}
        Form={CompetenceForm}
        columns={[]}
      />
      <SettingSection
        kind="intervention-types"
        title={t('clientSettings.interventionTypes.title')}
        intro={t('clientSettings.interventionTypes.intro')}
        items={settings.interventionTypes}
        newLabel={t('clientSettings.interventionTypes.new')}
        canSwitchOff
        Form={InterventionTypeForm}
        columns={[
          { header: t('clientSettings.interventionTypes.category'), cell: (item) => item.category },
          { header: t('clientSettings.columns.active'), cell: (item) => activeText(item.active) },
        ]}
      />
    </>
  );
}
