import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';

export interface SectionActionsProps {
  /** Without the permission to change it, a section shows no actions (its failure cannot happen either). */
  readOnly: boolean;
  /** The server's refusal that names no field, under this title. */
  formError?: string;
  notSavedTitle: string;
  saveLabel: string;
  /** Said once the change is saved, until the next edit. */
  savedText: string;
  saved: boolean;
  pending: boolean;
  dirty: boolean;
  onDiscard: () => void;
}

/** A section's refusal, its Save and Discard, and the confirmation of its last save. */
export function SectionActions({ readOnly, formError, notSavedTitle, saveLabel, savedText, saved, pending, dirty, onDiscard }: SectionActionsProps) {
  return (
    <>
      {formError && <Alert title={notSavedTitle}>{formError}</Alert>}
      {!readOnly && <SectionButtons saveLabel={saveLabel} savedText={savedText} saved={saved} pending={pending} dirty={dirty} onDiscard={onDiscard} />}
    </>
  );
}

function SectionButtons({ saveLabel, savedText, saved, pending, dirty, onDiscard }: Omit<SectionActionsProps, 'readOnly' | 'formError' | 'notSavedTitle'>) {
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
