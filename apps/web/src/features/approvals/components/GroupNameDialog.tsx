import { useMutation } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useSaveForm } from '../../../forms/use-save-form';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { FormField } from '../../../ui/FormField';
import { APPROVAL_QUERIES } from '../approval-queries';
import { CREATE_APPROVAL_GROUP_MUTATION, RENAME_APPROVAL_GROUP_MUTATION } from '../graphql/approvals.graphql';

export interface GroupNameDialogProps {
  open: boolean;
  /** The group being renamed; null creates one. */
  group: { id: string; name: string } | null;
  onClose: () => void;
  onSaved: (group: { id: string; name: string }) => void;
}

/** Create group, or Rename group: one name, unique in the organisation regardless of case. */
export function GroupNameDialog({ open, group, onClose, onSaved }: GroupNameDialogProps) {
  const [name, setName] = useState(group?.name ?? '');
  const form = useSaveForm(['name']);
  const [create, created] = useMutation(CREATE_APPROVAL_GROUP_MUTATION, { refetchQueries: APPROVAL_QUERIES, awaitRefetchQueries: true });
  const [rename, renamed] = useMutation(RENAME_APPROVAL_GROUP_MUTATION);

  useEffect(() => {
    if (open) setName(group?.name ?? '');
  }, [open, group]);

  function close() {
    form.clearErrors();
    onClose();
  }

  const submit = form.onSubmit(
    async () => {
      const saved = group
        ? (await rename({ variables: { id: group.id, name: name.trim() } })).data?.renameApprovalGroup
        : (await create({ variables: { input: { name: name.trim() } } })).data?.createApprovalGroup;
      if (saved) {
        close();
        onSaved(saved);
      }
    },
    () => (name.trim() ? {} : { name: 'Enter a group name' }),
  );

  const verb = group ? 'Rename' : 'Create';
  return (
    <Dialog open={open} title={group ? `Rename "${group.name}"` : 'Create approval group'} onClose={close}>
      <form className="stack" onSubmit={submit} noValidate>
        <FormField
          label="Group name"
          name="name"
          autoComplete="off"
          required
          maxLength={100}
          value={name}
          error={form.errors.fields.name}
          onChange={(event) => setName(event.target.value)}
        />
        {form.errors.form && <Alert title={`The group was not ${group ? 'renamed' : 'created'}`}>{form.errors.form}</Alert>}
        <div className="dialog__actions">
          <Button variant="ghost" onClick={close}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" pending={created.loading || renamed.loading}>
            {verb} group
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
