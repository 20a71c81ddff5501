import { useTranslation } from 'react-i18next';
import { allRoles } from '../../endpoints/types';
import { CheckboxGroup } from '../../ui/CheckboxGroup';
import { roleName } from '../roles';
import { useTeamsQuery } from '../teams/team-queries';

export interface AccessFieldsProps {
  idPrefix: string;
  roles: string[];
  teamIds: string[];
  onRolesChange: (roles: string[]) => void;
  onTeamIdsChange: (teamIds: string[]) => void;
  rolesError?: string | undefined;
  teamsError?: string | undefined;
}

/** Roles and teams of a user: what they may do, and whose clients they work with. */
export function AccessFields({
  idPrefix,
  roles,
  teamIds,
  onRolesChange,
  onTeamIdsChange,
  rolesError,
  teamsError,
}: AccessFieldsProps) {
  const { t } = useTranslation();
  const teams = useTeamsQuery();
  return (
    <>
      <CheckboxGroup
        id={`${idPrefix}-roles`}
        name="roles"
        legend={t('users.fields.roles')}
        description={t('users.fields.rolesDescription')}
        optional
        options={allRoles.map((role) => ({ value: role, label: roleName(role, t) }))}
        value={roles}
        onChange={onRolesChange}
        error={rolesError}
      />
      <CheckboxGroup
        id={`${idPrefix}-teams`}
        name="teamIds"
        legend={t('users.fields.teams')}
        optional
        options={(teams.data ?? []).map((team) => ({ value: team.id, label: team.name }))}
        value={teamIds}
        onChange={onTeamIdsChange}
        error={teamsError}
        emptyText={teams.isPending ? t('ui.loading') : t('users.fields.noTeams')}
      />
    </>
  );
}
