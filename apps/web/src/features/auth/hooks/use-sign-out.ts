import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { refresher } from '../refresh';

/** Ends the session on the server, forgets every cached record of the user, then goes to sign-in. */
export function useSignOut() {
  const client = useApolloClient();
  const navigate = useNavigate();
  return useCallback(async () => {
    await refresher.signOut();
    await client.clearStore();
    navigate('/login', { replace: true });
  }, [client, navigate]);
}
