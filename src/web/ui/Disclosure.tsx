import type { ReactNode } from 'react';
import './Disclosure.css';

export interface DisclosureProps {
  /** The words on the toggle, such as "Status vastleggen". */
  summary: ReactNode;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  children: ReactNode;
}

/**
 * A form or detail that opens in place. Built on details/summary: a button to screen readers,
 * operable with Enter and Space, and its state (expanded or collapsed) is announced.
 */
export function Disclosure({ summary, open, onOpenChange, children }: DisclosureProps) {
  return (
    <details
      className="koers-disclosure"
      open={open}
      onToggle={(event) => { onOpenChange(event.currentTarget.open); }}
    >
      <summary className="koers-disclosure__summary">{summary}</summary>
      <div className="koers-disclosure__body">{open && children}</div>
    </details>
  );
}
