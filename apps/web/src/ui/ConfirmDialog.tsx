import type { ReactNode } from 'react';
import { Alert } from './Alert';
import { Button, type ButtonVariant } from './Button';
import { Dialog } from './Dialog';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  confirmVariant?: ButtonVariant;
  pending?: boolean;
  /** The server's refusal, shown above the buttons. */
  error?: string | null;
  /** The refusal cannot change by trying again (e.g. the thing is gone): offer Close only. */
  errorIsFinal?: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

/** "Are you sure?" with the consequence spelled out, and the server's refusal if it says no. */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  confirmVariant = 'primary',
  pending = false,
  error,
  errorIsFinal = false,
  onConfirm,
  onClose,
}: ConfirmDialogProps) {
  return (
    <Dialog open={open} title={title} onClose={onClose}>
      <div className="stack">{children}</div>
      {error && <Alert title="Not done">{error}</Alert>}
      <div className="dialog__actions">
        <Button variant="ghost" onClick={onClose}>
          {error ? 'Close' : 'Cancel'}
        </Button>
        {!(error && errorIsFinal) && (
          <Button variant={confirmVariant} pending={pending} onClick={onConfirm}>
            {confirmLabel}
          </Button>
        )}
      </div>
    </Dialog>
  );
}
