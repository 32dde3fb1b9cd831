import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import type { ChangeOutcome } from '../hooks/use-permission-changes';

/** The result of the last grant or revoke, kept in view wherever the cell was. */
export function ChangeOutcomeToast({ outcome, onDismiss }: { outcome: ChangeOutcome | null; onDismiss: () => void }) {
  if (!outcome) return null;
  return (
    <div className="pm-outcome">
      <Alert
        tone={outcome.tone}
        title={outcome.title}
        action={
          <Button variant="ghost" aria-label="Dismiss" onClick={onDismiss}>
            ×
          </Button>
        }
      >
        {outcome.lines.length > 0 ? (
          <ul className="pm-outcome__list">
            {outcome.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ) : (
          'Saved.'
        )}
      </Alert>
    </div>
  );
}
