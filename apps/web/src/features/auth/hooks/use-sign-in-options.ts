import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import type { SignInOptionsQuery } from '../../../gql/graphql';
import { SIGN_IN_OPTIONS_QUERY } from '../graphql/sign-in-options.query';

export type SignInOptions = SignInOptionsQuery['signInOptions'];

const TYPING_DELAY_MS = 300;

/**
 * How the organisation being typed signs in, asked once typing pauses; null while the field is
 * empty (super admins), still changing, or the answer is on its way, so the password form stays
 * until the server says otherwise.
 */
export function useSignInOptions(organisation: string): SignInOptions | null {
  const typed = organisation.trim().toLowerCase();
  const [settled, setSettled] = useState(typed);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(typed), TYPING_DELAY_MS);
    return () => clearTimeout(timer);
  }, [typed]);
  const { data } = useQuery(SIGN_IN_OPTIONS_QUERY, { variables: { organisation: settled }, skip: !settled });
  if (!typed || typed !== settled) return null;
  return data?.signInOptions ?? null;
}
