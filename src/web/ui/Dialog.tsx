import { useEffect, useId, useRef, type ReactNode } from 'react';
import './ConfirmDialog.css';

export interface DialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  /** Escape, or the dialog closing any other way. */
  onClose: () => void;
  /** Room for a longer form. */
  wide?: boolean;
}

/**
 * A modal with its own content, such as a short form. Built on the native dialog element:
 * focus stays inside, Escape closes, and focus returns to where it was. Focus starts on the
 * first field (or button) inside.
 */
export function Dialog({ open, title, children, onClose, wide = false }: DialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog === null) return;
    if (open && !dialog.open) {
      dialog.showModal();
      dialog.querySelector<HTMLElement>('input, textarea, select, button')?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  return (
    <dialog
      ref={dialogRef}
      className={wide ? 'koers-dialog koers-dialog--wide' : 'koers-dialog'}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId} className="koers-dialog__title">
        {title}
      </h2>
      {open && children}
    </dialog>
  );
}
