import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { ENTER_TENANT_MUTATION, LEAVE_TENANT_MUTATION } from '../graphql/tenants.graphql';

/**
 * Entering and leaving Super Admin Active mode. The mode lives on the server (the token stays the
 * same), so everything cached belongs to the previous scope: reset the store, which refetches
 * `me` and the visible page, then move to a page of the new scope.
 */
export function useTenantMode() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [enterMutation, enterState] = useMutation(ENTER_TENANT_MUTATION);
  const [leaveMutation, leaveState] = useMutation(LEAVE_TENANT_MUTATION);

  const enter = useCallback(
    async (tenantId: string) => {
      await enterMutation({ variables: { tenantId } });
      await client.resetStore();
      navigate('/', { replace: false });
    },
    [client, enterMutation, navigate],
  );

  const leave = useCallback(async () => {
    await leaveMutation();
    navigate('/tenants');
    await client.resetStore();
  }, [client, leaveMutation, navigate]);

  return { enter, leave, entering: enterState.loading, leaving: leaveState.loading };
}
