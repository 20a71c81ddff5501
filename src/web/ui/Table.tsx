import { useId, type ReactNode } from 'react';
import './Table.css';

export interface TableProps {
  caption: ReactNode;
  /** Hide the caption visually when a heading right above already says the same. */
  hideCaption?: boolean;
  children: ReactNode;
}

/** A data table in a keyboard-scrollable region, named by its caption. */
export function Table({ caption, hideCaption = false, children }: TableProps) {
  const captionId = useId();
  return (
    <div className="koers-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="koers-table">
        <caption id={captionId} className={hideCaption ? 'koers-visually-hidden' : 'koers-table__caption'}>
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}
