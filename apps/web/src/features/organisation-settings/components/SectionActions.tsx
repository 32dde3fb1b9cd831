import { Button } from '../../../ui/Button';

export interface SectionActionsProps {
  saveLabel: string;
  /** Said once the change is saved, until the next edit. */
  savedText: string;
  saved: boolean;
  pending: boolean;
  dirty: boolean;
  onDiscard: () => void;
}

/** A section's Save and Discard, and the confirmation of its last save. */
export function SectionActions({ saveLabel, savedText, saved, pending, dirty, onDiscard }: SectionActionsProps) {
  return (
    <div className="form-actions">
      <Button type="submit" variant="primary" pending={pending} disabled={!dirty}>
        {saveLabel}
      </Button>
      {dirty && (
        <Button variant="ghost" onClick={onDiscard}>
          Discard
        </Button>
      )}
      <span role="status" className="org-settings__saved">
        {saved ? savedText : ''}
      </span>
    </div>
  );
}
