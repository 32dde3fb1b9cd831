import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { errorDetails } from '../../../apollo';
import type { EffectivePermissionsQuery } from '../../../gql/graphql';
import type { RevokeChoice } from '../../permissions/revoke-choice';
import { revokeOutcome } from '../../permissions/revoke-outcome';
import { directRevokeChoice } from '../direct-revoke';
import { REVOKE_USER_PERMISSIONS_MUTATION } from '../graphql/user.graphql';

type Effective = EffectivePermissionsQuery['effectivePermissions'][number];

export interface PermissionMessage {
  tone: 'info' | 'error';
  text: string;
  /** Details under `text`, which then reads as the title. */
  lines?: string[];
}

const NOTHING_REVOKED = { revoked: [], cascaded: [], notOwned: [], usersAffected: [] };

/**
 * Revoking a user's direct grant: at once when nothing held depends on it, otherwise after the
 * administrator's choice between the key alone and the cascade. `onDone` gets the server's answer.
 */
export function useDirectRevoke(
  user: { id: string; displayName: string },
  effective: readonly Effective[],
  nameOf: (key: string) => string,
  onDone: (message: PermissionMessage) => void,
) {
  const [choice, setChoice] = useState<RevokeChoice | null>(null);
  /** The revoke on its way to the server: true with the cascade, false without, null when none is. */
  const [pendingCascade, setPendingCascade] = useState<boolean | null>(null);
  const [revoke] = useMutation(REVOKE_USER_PERMISSIONS_MUTATION, { refetchQueries: ['EffectivePermissions'], awaitRefetchQueries: true });

  async function run(key: string, cascade: boolean) {
    setPendingCascade(cascade);
    try {
      const result = await revoke({ variables: { userId: user.id, keys: [key], cascade } });
      const target = { kind: 'user', id: user.id, name: user.displayName } as const;
      const outcome = revokeOutcome(result.data?.revokeUserPermissions ?? NOTHING_REVOKED, target, key, nameOf);
      onDone({ tone: 'info', text: outcome.title, lines: outcome.lines });
    } catch (caught) {
      onDone({ tone: 'error', text: errorDetails(caught).message });
    } finally {
      setChoice(null);
      setPendingCascade(null);
    }
  }

  return {
    choice,
    pendingCascade,
    /** The direct revoke without a question in between is on its way. */
    revokingAtOnce: pendingCascade !== null && choice === null,
    ask(key: string) {
      const next = directRevokeChoice(user, effective, key);
      if (next) setChoice(next);
      else void run(key, false);
    },
    confirm: (chosen: RevokeChoice, cascade: boolean) => void run(chosen.key, cascade),
    cancel: () => setChoice(null),
  };
}
