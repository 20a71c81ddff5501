import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../i18n/problem-message';
import { Alert } from '../../ui/Alert';
import { Heading } from '../../ui/Heading';
import { LiveMessage } from '../../ui/LiveMessage';
import { LoadingText } from '../../ui/LoadingText';
import { useCaseloadQuery } from '../caseload/caseload-queries';
import { ReassignForm } from './ReassignForm';
import { SelectableClients } from './SelectableClients';
import type { TeamSelection } from './team-selection';

const headingId = 'team-caseload-title';

/** The chosen caseload, with a checkbox per client, and the form to move the chosen clients. */
export function TeamCaseload({ selection }: { selection: TeamSelection }) {
  const { t } = useTranslation();
  const query = selection.kind === 'coach' ? { coachId: selection.coach.id } : { teamId: selection.team.id, unassigned: true };
  const caseload = useCaseloadQuery(query);
  const [selected, setSelected] = useState<string[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const title = selection.kind === 'coach' ? t('team.caseload.ofCoach', { name: selection.coach.displayName }) : t('team.caseload.unassigned', { team: selection.team.name });
  const clients = caseload.data?.clients ?? [];
  const shownIds = new Set(clients.map((client) => client.id));
  const chosen = clients.filter((client) => selected.includes(client.id));

  useEffect(() => {
    document.getElementById(headingId)?.focus();
  }, []);

  return (
    <section aria-labelledby={headingId} className="koers-team-caseload">
      <Heading level={2} id={headingId} tabIndex={-1}>
        {title}
      </Heading>
      <LiveMessage message={message} />
      {caseload.isPending && <LoadingText />}
      {caseload.isError && <Alert type="error">{problemMessage(caseload.error, t).message}</Alert>}
      {caseload.data !== undefined && clients.length === 0 && <p>{t('team.caseload.none')}</p>}
      {clients.length > 0 && (
        <>
          <SelectableClients clients={clients} selected={selected.filter((id) => shownIds.has(id))} onChange={setSelected} caption={title} />
          <ReassignForm
            selection={selection}
            clients={chosen}
            onMoved={(text) => {
              setSelected([]);
              setMessage(text);
            }}
            onConflict={() => { setSelected([]); }}
          />
        </>
      )}
    </section>
  );
}
