import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { errorDetails } from '../../../apollo';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { DELETE_ROLE_MUTATION } from '../graphql/roles.graphql';
import { ROLE_QUERIES } from '../role-queries';

export interface DeleteRoleDialogProps {
  open: boolean;
  role: { id: string; name: string; isSystem: boolean; usersCount: number };
  onClose: () => void;
  onDeleted: () => void;
}

/** Confirms a (soft) delete; the server's refusal (system role, users still on it) is shown as is. */
export function DeleteRoleDialog({ open, role, onClose, onDeleted }: DeleteRoleDialogProps) {
  const client = useApolloClient();
  const [refusal, setRefusal] = useState<string | null>(null);
  const [deleteRole, { loading }] = useMutation(DELETE_ROLE_MUTATION, {
    // Not the role page's own queries: it is left right after, and their refetch would fail.
    refetchQueries: ROLE_QUERIES.filter((name) => name !== 'Role' && name !== 'RoleInheritance'),
    awaitRefetchQueries: true,
  });

  function close() {
    setRefusal(null);
    onClose();
  }

  async function confirm() {
    setRefusal(null);
    try {
      await deleteRole({ variables: { id: role.id } });
      onDeleted();
    } catch (caught) {
      const details = errorDetails(caught);
      setRefusal(details.message);
      // Someone put users on the role after the page loaded: show its count and users as they are now.
      if (details.reason === 'ROLE_IN_USE') void client.refetchQueries({ include: ['Role', 'Users'] });
    }
  }

  return (
    <Dialog open={open} title={`Delete "${role.name}"?`} onClose={close}>
      <p>
        The role is hidden from your organisation; its history stays in the audit log. Only a platform super admin can
        restore it.
      </p>
      {role.usersCount > 0 && !refusal && (
        <Alert tone="info">
          {role.usersCount === 1 ? '1 user is' : `${role.usersCount} users are`} on this role. Move them to another role
          first.
        </Alert>
      )}
      {refusal && <Alert title="The role was not deleted">{refusal}</Alert>}
      <div className="dialog__actions">
        <Button variant="ghost" onClick={close}>
          {refusal ? 'Close' : 'Cancel'}
        </Button>
        <Button variant="danger" pending={loading} onClick={() => void confirm()}>
          Delete role
        </Button>
      </div>
    </Dialog>
  );
}
