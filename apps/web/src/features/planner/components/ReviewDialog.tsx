import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { errorDetails } from '../../../apollo';
import { Alert } from '../../../ui/Alert';
import { Button, type ButtonVariant } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';

export interface ReviewDialogProps {
  title: string;
  children: ReactNode;
  noteLabel: string;
  /** A rejection must say why; an approval's note is optional. */
  noteRequired?: boolean;
  confirmLabel: string;
  confirmVariant?: ButtonVariant;
  onSubmit: (note: string | null) => Promise<unknown>;
  onClose: () => void;
}

/** Approve, reject or review something with a note, showing the API's refusal if it says no. */
export function ReviewDialog({ title, children, noteLabel, noteRequired = false, confirmLabel, confirmVariant = 'primary', onSubmit, onClose }: ReviewDialogProps) {
  const id = useId();
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (noteRequired && !note.trim()) {
      setMissing(true);
      return;
    }
    setError(null);
    setPending(true);
    try {
      await onSubmit(note.trim() || null);
      onClose();
    } catch (caught) {
      setError(errorDetails(caught).message);
    } finally {
      setPending(false);
    }
  }

  return (
    <Dialog open title={title} onClose={onClose}>
      <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
        <div className="stack">{children}</div>
        <div className={missing ? 'field field--invalid' : 'field'}>
          <label className="field__label" htmlFor={`${id}-note`}>
            {noteLabel}
            {!noteRequired && <span className="muted"> (optional)</span>}
          </label>
          <textarea
            id={`${id}-note`}
            className="field__input planner-textarea"
            rows={3}
            value={note}
            required={noteRequired}
            aria-invalid={missing || undefined}
            aria-describedby={missing ? `${id}-error` : undefined}
            onChange={(event) => {
              setNote(event.target.value);
              setMissing(false);
            }}
          />
          {missing && (
            <p className="field__error" id={`${id}-error`}>
              Say why, so the worker knows what to change
            </p>
          )}
        </div>
        {error && <Alert title="Not done">{error}</Alert>}
        <div className="dialog__actions">
          <Button variant="ghost" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" variant={confirmVariant} pending={pending}>
            {confirmLabel}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
