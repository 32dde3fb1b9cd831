import { useEffect, useId, useRef, type ReactNode } from 'react';

export interface DialogProps {
  open: boolean;
  title: string;
  /** Called on Escape, on the close button and after the dialog closes itself. */
  onClose: () => void;
  children: ReactNode;
  /** The buttons row; the first focusable control inside the dialog gets focus on open. */
  footer?: ReactNode;
  size?: 'small' | 'medium';
}

/**
 * A modal built on the native `<dialog>` element: `showModal()` gives focus trapping, Escape,
 * an inert page behind it and focus return, without a library.
 */
export function Dialog({ open, title, onClose, children, footer, size = 'small' }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className={`dialog dialog--${size}`}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      {open && (
        <div className="dialog__frame">
          <header className="dialog__header">
            <h2 className="dialog__title" id={titleId}>
              {title}
            </h2>
          </header>
          <div className="dialog__body">{children}</div>
          {footer && <footer className="dialog__footer">{footer}</footer>}
        </div>
      )}
    </dialog>
  );
}
