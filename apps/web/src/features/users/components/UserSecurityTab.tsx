import { useCan } from '../../auth/viewer-context';
import type { UserDetail } from '../graphql/user.graphql';
import { TwoFactorSection } from './TwoFactorSection';
import { UserApiTokensSection } from './UserApiTokensSection';
import { UserSessionsSection } from './UserSessionsSection';

/** Two-factor, API tokens and sessions of one user; each part shows only what the viewer may use. */
export function UserSecurityTab({ user }: { user: UserDetail }) {
  const mayManageTokens = useCan('users.tokens.manage');
  return (
    <div className="stack">
      <TwoFactorSection user={user} />
      {mayManageTokens && <UserApiTokensSection user={user} />}
      <UserSessionsSection user={user} />
    </div>
  );
}
