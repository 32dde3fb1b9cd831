import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { errorDetails } from '../../../apollo';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { DataTable, type Column } from '../../../ui/DataTable';
import { EmptyState } from '../../../ui/EmptyState';
import { Loading } from '../../../ui/Loading';
import { APPROVAL_QUERIES } from '../approval-queries';
import {
  APPROVAL_GROUPS_QUERY,
  DELETE_APPROVAL_GROUP_MUTATION,
  REMOVE_APPROVAL_GROUP_MEMBER_MUTATION,
  type ApprovalGroupItem,
} from '../graphql/approvals.graphql';
import { AddMembersDialog } from './AddMembersDialog';
import { GroupNameDialog } from './GroupNameDialog';

type Confirmation =
  | { kind: 'delete'; group: ApprovalGroupItem }
  | { kind: 'remove'; group: ApprovalGroupItem; member: ApprovalGroupItem['members'][number] };

/** The groups, their members, and (with users.update) every change to them. */
export function ApprovalGroupsSection({ canUpdate }: { canUpdate: boolean }) {
  const { data, error, refetch } = useQuery(APPROVAL_GROUPS_QUERY, { fetchPolicy: 'cache-and-network' });
  const [notice, setNotice] = useState<string | null>(null);
  const [naming, setNaming] = useState<{ group: ApprovalGroupItem | null } | null>(null);
  const [adding, setAdding] = useState<ApprovalGroupItem | null>(null);
  const [confirming, setConfirming] = useState<Confirmation | null>(null);
  const [refusal, setRefusal] = useState<{ message: string; final: boolean } | null>(null);
  const [deleteGroup, deleting] = useMutation(DELETE_APPROVAL_GROUP_MUTATION, { refetchQueries: APPROVAL_QUERIES, awaitRefetchQueries: true });
  const [removeMember, removing] = useMutation(REMOVE_APPROVAL_GROUP_MEMBER_MUTATION);

  function closeConfirmation() {
    setConfirming(null);
    setRefusal(null);
  }

  async function confirm() {
    if (!confirming) return;
    setRefusal(null);
    try {
      if (confirming.kind === 'delete') {
        await deleteGroup({ variables: { id: confirming.group.id } });
        setNotice(`"${confirming.group.name}" is deleted.`);
      } else {
        await removeMember({ variables: { groupId: confirming.group.id, userId: confirming.member.id } });
        setNotice(`${confirming.member.displayName} left "${confirming.group.name}".`);
      }
      setConfirming(null);
    } catch (caught) {
      const details = errorDetails(caught);
      setRefusal({ message: details.message, final: details.code === 'NOT_FOUND' });
      if (details.code === 'NOT_FOUND') void refetch();
    }
  }

  const groups = data?.approvalGroups ?? [];
  const columns: Array<Column<ApprovalGroupItem>> = [
    { key: 'name', header: 'Group', isRowHeader: true, render: (group) => group.name },
    {
      key: 'members',
      header: 'Members',
      render: (group) =>
        group.members.length === 0 ? (
          <span className="muted">Nobody yet</span>
        ) : (
          <ul className="plain-list approvals__members">
            {group.members.map((member) => (
              <li key={member.id}>
                <Link to={`/users/${member.id}`}>{member.displayName}</Link>
                {canUpdate && (
                  <Button
                    variant="ghost"
                    className="approvals__remove"
                    aria-label={`Remove ${member.displayName} from ${group.name}`}
                    onClick={() => setConfirming({ kind: 'remove', group, member })}
                  >
                    Remove
                  </Button>
                )}
              </li>
            ))}
          </ul>
        ),
    },
    { key: 'count', header: 'Count', align: 'end', render: (group) => group.memberCount },
    ...(canUpdate
      ? [
          {
            key: 'actions',
            header: 'Actions',
            align: 'end' as const,
            render: (group: ApprovalGroupItem) => (
              <span className="approvals__actions">
                <Button aria-label={`Add members to ${group.name}`} onClick={() => setAdding(group)}>
                  Add members…
                </Button>
                <Button aria-label={`Rename ${group.name}`} onClick={() => setNaming({ group })}>
                  Rename…
                </Button>
                <Button variant="danger" aria-label={`Delete ${group.name}`} onClick={() => setConfirming({ kind: 'delete', group })}>
                  Delete…
                </Button>
              </span>
            ),
          },
        ]
      : []),
  ];

  return (
    <section className="approvals__section" aria-labelledby="approval-groups-heading">
      <div className="approvals__heading">
        <h2 id="approval-groups-heading">Groups</h2>
        {canUpdate && (
          <Button variant="primary" onClick={() => setNaming({ group: null })}>
            Create group
          </Button>
        )}
      </div>
      {notice && (
        <Alert tone="info" action={<Button variant="ghost" onClick={() => setNotice(null)}>Dismiss</Button>}>
          {notice}
        </Alert>
      )}
      {error && (
        <Alert title="Could not load the approval groups" action={<Button onClick={() => void refetch()}>Try again</Button>}>
          {errorDetails(error).message}
        </Alert>
      )}
      {!data && !error && <Loading label="Loading approval groups…" />}
      {data && groups.length === 0 && (
        <EmptyState title="No approval groups yet">
          <p>{canUpdate ? 'Create a group, then add the people who approve together.' : 'Nobody has created one yet.'}</p>
        </EmptyState>
      )}
      {groups.length > 0 && <DataTable caption="Approval groups" hideCaption columns={columns} rows={groups} rowKey={(group) => group.id} />}

      <GroupNameDialog
        open={naming !== null}
        group={naming?.group ?? null}
        onClose={() => setNaming(null)}
        onSaved={(group) => setNotice(naming?.group ? `Renamed to "${group.name}".` : `"${group.name}" is created. Add its members next.`)}
      />
      <AddMembersDialog
        group={adding}
        onClose={() => setAdding(null)}
        onAdded={(group, count) => setNotice(`${count === 1 ? '1 person' : `${count} people`} added to "${group.name}".`)}
      />
      <ConfirmDialog
        open={confirming !== null}
        title={
          confirming?.kind === 'delete'
            ? `Delete "${confirming.group.name}"?`
            : confirming
              ? `Remove ${confirming.member.displayName} from "${confirming.group.name}"?`
              : ''
        }
        confirmLabel={confirming?.kind === 'delete' ? 'Delete group' : 'Remove member'}
        confirmVariant="danger"
        pending={deleting.loading || removing.loading}
        error={refusal?.message}
        errorIsFinal={refusal?.final}
        onConfirm={() => void confirm()}
        onClose={closeConfirmation}
      >
        {confirming?.kind === 'delete' ? (
          <p>
            The group and its {confirming.group.memberCount === 1 ? 'membership' : `${confirming.group.memberCount} memberships`} are removed. The
            audit log keeps who was in it.
          </p>
        ) : (
          <p>They no longer approve with this group. The audit log records the change.</p>
        )}
      </ConfirmDialog>
    </section>
  );
}
