import { DEFAULT_PASSWORD_POLICY, type PasswordPolicy } from '@access/domain';
import { useQuery } from '@apollo/client/react';
import { PASSWORD_POLICY_QUERY } from '../graphql/password-policy.query';
import { session } from '../session.store';

/**
 * The signed-in organisation's password policy; the default one when nobody is signed in (link
 * pages, first sign-in) or while it loads. `skip`: the caller checks against another policy.
 */
export function useTenantPasswordPolicy({ skip = false }: { skip?: boolean } = {}): PasswordPolicy {
  const signedIn = session.getAccessToken() !== null;
  const { data } = useQuery(PASSWORD_POLICY_QUERY, { skip: skip || !signedIn, fetchPolicy: 'cache-first' });
  return data?.passwordPolicy ?? DEFAULT_PASSWORD_POLICY;
}
