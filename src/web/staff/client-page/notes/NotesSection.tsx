import { useTranslation } from 'react-i18next';
import { formatMoment } from '../../../i18n/format';
import { ClientSection } from '../ClientSection';
import { useClientRecord } from '../client-record-context';
import { sectionId } from '../client-sections';
import { useSectionNotice } from '../section-notice';
import { NewNoteForm } from './NewNoteForm';

const id = sectionId('notes');

/** Notes about the client, newest first, and a form to add one. */
export function NotesSection() {
  const { t } = useTranslation();
  const { page, canEdit } = useClientRecord();
  const { notice, announce } = useSectionNotice(id);
  return (
    <ClientSection id={id} title={t('clientPage.sections.notes')} notice={notice}>
      {canEdit && <NewNoteForm onAdded={() => { announce(t('clientPage.notes.added')); }} />}
      {page.notes.length === 0 ? (
        <p>{t('clientPage.notes.none')}</p>
      ) : (
        <ol className="koers-plain-list koers-notes">
          {page.notes.map((note) => (
            <li key={note.id} className="koers-note">
              <p className="koers-note__meta">
                <time dateTime={note.createdAt}>{formatMoment(note.createdAt)}</time>
                {' · '}
                {note.author?.displayName ?? t('clientPage.system')}
              </p>
              <p className="koers-note__body">{note.body}</p>
            </li>
          ))}
        </ol>
      )}
    </ClientSection>
  );
}
