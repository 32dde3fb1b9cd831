import type { AccessModel } from '@access/domain';
import { useMutation } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { errorDetails } from '../../../apollo';
import { ACCESS_QUERIES } from '../../roles/role-queries';
import {
  GRANT_ROLE_PERMISSIONS_MUTATION,
  REVOKE_ROLE_PERMISSIONS_MUTATION,
  type MatrixCell,
  type MatrixRow,
} from '../graphql/permissions.graphql';
import { grantPrerequisites, roleRevokeChoice } from '../matrix';
import type { RevokeChoice } from '../revoke-choice';
import { revokeOutcome } from '../revoke-outcome';
import type { GrantOffer } from '../components/PermissionDialogs';

export interface ChangeOutcome {
  tone: 'info' | 'error';
  title: string;
  lines: string[];
}

/** The cell whose change is on its way to the server. */
export interface BusyCell {
  roleId: string;
  key: string;
}

/**
 * Granting and revoking one cell, shared by both views of the Permissions Manager: the
 * prerequisite offer and the revoke warning come first when the domain's plan says the change
 * needs them, and the matrix is refetched (by name) before the change counts as done.
 */
export function usePermissionChanges(model: AccessModel | null, permissionNames: ReadonlyMap<string, string>) {
  const [busy, setBusy] = useState<BusyCell | null>(null);
  const [offer, setOffer] = useState<GrantOffer | null>(null);
  const [warning, setWarning] = useState<RevokeChoice | null>(null);
  /** The option of the revoke dialog on its way to the server (true: with the cascade). */
  const [revokingCascade, setRevokingCascade] = useState<boolean | null>(null);
  const [outcome, setOutcome] = useState<ChangeOutcome | null>(null);
  const [grant, grantState] = useMutation(GRANT_ROLE_PERMISSIONS_MUTATION, { refetchQueries: ACCESS_QUERIES, awaitRefetchQueries: true });
  const [revoke, revokeState] = useMutation(REVOKE_ROLE_PERMISSIONS_MUTATION, { refetchQueries: ACCESS_QUERIES, awaitRefetchQueries: true });

  // Stable per catalogue, so the grid's memoised cells do not re-render on every change of state.
  const nameOf = useCallback((key: string) => permissionNames.get(key) ?? key, [permissionNames]);
  const names = (keys: readonly string[]) => keys.map(nameOf).join(', ');

  async function runGrant(roleId: string, roleName: string, key: string, withPrerequisites: boolean) {
    setBusy({ roleId, key });
    setOutcome(null);
    try {
      const result = await grant({ variables: { roleId, keys: [key], withPrerequisites } });
      const granted = result.data?.grantRolePermissions;
      setOffer(null);
      setOutcome({
        tone: 'info',
        title: `${roleName}: ${nameOf(key)} granted`,
        lines: granted && granted.prerequisitesGranted.length > 0 ? [`Prerequisites granted with it: ${names(granted.prerequisitesGranted)}.`] : [],
      });
    } catch (caught) {
      const details = errorDetails(caught);
      const missing = details.extensions.missing;
      if (details.reason === 'PREREQUISITES_MISSING' && Array.isArray(missing) && !withPrerequisites) {
        // The grid was stale or the server knows better: offer what it says is missing.
        setOffer({ roleId, roleName, key, missing: missing.map(String) });
      } else {
        setOffer(null);
        setOutcome({ tone: 'error', title: `${roleName}: ${nameOf(key)} was not granted`, lines: [details.message] });
      }
    } finally {
      setBusy(null);
    }
  }

  async function runRevoke(roleId: string, roleName: string, key: string, cascade: boolean) {
    setBusy({ roleId, key });
    setRevokingCascade(cascade);
    setOutcome(null);
    try {
      const result = await revoke({ variables: { roleId, keys: [key], cascade } });
      setWarning(null);
      const answer = result.data?.revokeRolePermissions;
      const target = { kind: 'role', id: roleId, name: roleName } as const;
      setOutcome({ tone: 'info', ...(answer ? revokeOutcome(answer, target, key, nameOf) : { title: `${roleName}: ${nameOf(key)} revoked`, lines: [] }) });
    } catch (caught) {
      setWarning(null);
      setOutcome({ tone: 'error', title: `${roleName}: ${nameOf(key)} was not revoked`, lines: [errorDetails(caught).message] });
    } finally {
      setBusy(null);
      setRevokingCascade(null);
    }
  }

  /** What a click on `cell` of `row` means: revoke (warned), offer prerequisites, or grant. */
  function toggle(row: MatrixRow, cell: MatrixCell) {
    if (!model || busy) return;
    const { id: roleId, name: roleName } = row.role;
    if (cell.state === 'GRANTED') {
      const choice = roleRevokeChoice(model, row, cell.key);
      if (choice) setWarning(choice);
      else void runRevoke(roleId, roleName, cell.key, false);
    } else if (cell.state !== 'INHERITED') {
      const missing = grantPrerequisites(model, roleId, cell.key);
      if (missing.length > 0) setOffer({ roleId, roleName, key: cell.key, missing });
      else void runGrant(roleId, roleName, cell.key, false);
    }
  }

  return {
    busy,
    offer,
    warning,
    outcome,
    nameOf,
    toggle,
    dismissOutcome: () => setOutcome(null),
    cancelOffer: () => setOffer(null),
    cancelWarning: () => setWarning(null),
    confirmOffer: (current: GrantOffer) => void runGrant(current.roleId, current.roleName, current.key, true),
    confirmRevoke: (current: RevokeChoice, cascade: boolean) => void runRevoke(current.target.id, current.target.name, current.key, cascade),
    granting: grantState.loading,
    revoking: revokeState.loading ? revokingCascade : null,
  };
}
