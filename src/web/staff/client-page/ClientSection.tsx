import type { ReactNode } from 'react';
import { Alert } from '../../ui/Alert';
import { Heading } from '../../ui/Heading';

export interface ClientSectionProps {
  id: string;
  title: string;
  /** A message after something was recorded in this section. */
  notice?: string | null;
  children: ReactNode;
}

/** The id of a section's heading, to move focus to after recording. */
export const sectionHeadingId = (sectionId: string): string => `${sectionId}-title`;

/** Moves focus to a section's heading, so the user hears what changed there. */
export function focusSection(sectionId: string): void {
  document.getElementById(sectionHeadingId(sectionId))?.focus();
}

/** One part of the client page, reached from the table of contents. */
export function ClientSection({ id, title, notice, children }: ClientSectionProps) {
  return (
    <section id={id} aria-labelledby={sectionHeadingId(id)} className="koers-client-section">
      <Heading level={2} id={sectionHeadingId(id)} tabIndex={-1}>
        {title}
      </Heading>
      {notice !== undefined && notice !== null && <Alert type="success">{notice}</Alert>}
      {children}
    </section>
  );
}
