import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useSaveForm } from '../../../forms/use-save-form';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { RecordPicker } from '../../audit/components/RecordPicker';
import { ADD_APPROVAL_GROUP_MEMBERS_MUTATION, type ApprovalGroupItem } from '../graphql/approvals.graphql';
import { ACTIVE_USER_STATES } from './active-user-states';

export interface AddMembersDialogProps {
  group: ApprovalGroupItem | null;
  onClose: () => void;
  onAdded: (group: ApprovalGroupItem, count: number) => void;
}

/** Picks people one by one by name, then adds them all at once. */
export function AddMembersDialog({ group, onClose, onAdded }: AddMembersDialogProps) {
  const [chosen, setChosen] = useState<Array<{ id: string; label: string }>>([]);
  const [pickerKey, setPickerKey] = useState(0);
  const form = useSaveForm(['userIds']);
  const [addMembers, { loading }] = useMutation(ADD_APPROVAL_GROUP_MEMBERS_MUTATION);

  function close() {
    setChosen([]);
    form.clearErrors();
    onClose();
  }

  function pick(id: string, label?: string) {
    if (!id) return;
    setChosen((current) => (current.some((person) => person.id === id) ? current : [...current, { id, label: label ?? id }]));
    // A fresh, empty picker for the next person.
    setPickerKey((key) => key + 1);
  }

  const submit = form.onSubmit(
    async () => {
      if (!group) return;
      const { data } = await addMembers({ variables: { groupId: group.id, userIds: chosen.map((person) => person.id) } });
      if (data) {
        const count = chosen.length;
        close();
        onAdded(data.addApprovalGroupMembers, count);
      }
    },
    () => (chosen.length > 0 ? {} : { userIds: 'Choose at least one person' }),
  );

  const members = new Set(group?.members.map((member) => member.id));
  return (
    <Dialog open={group !== null} title={group ? `Add members to "${group.name}"` : 'Add members'} onClose={close} size="medium">
      <form className="stack" onSubmit={submit} noValidate>
        <RecordPicker
          key={pickerKey}
          label="Person"
          name="person"
          placeholder="Type a name"
          value=""
          onChange={pick}
          users
          userStates={ACTIVE_USER_STATES}
          records={[]}
          resetKey={String(pickerKey)}
          error={form.errors.fields.userIds}
        />
        <section aria-labelledby="chosen-members-title">
          <h3 className="approvals__subtitle" id="chosen-members-title">
            To add
          </h3>
          {chosen.length === 0 ? (
            <p className="muted">Nobody yet: pick people above.</p>
          ) : (
            <ul className="plain-list approvals__chosen">
              {chosen.map((person) => (
                <li key={person.id}>
                  {person.label}
                  {members.has(person.id) && <span className="muted"> (already a member)</span>}{' '}
                  <Button
                    variant="ghost"
                    aria-label={`Remove ${person.label} from the list`}
                    onClick={() => setChosen((current) => current.filter((other) => other.id !== person.id))}
                  >
                    Remove
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </section>
        {form.errors.form && <Alert title="Nobody was added">{form.errors.form}</Alert>}
        <div className="dialog__actions">
          <Button variant="ghost" onClick={close}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" pending={loading}>
            Add members
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
