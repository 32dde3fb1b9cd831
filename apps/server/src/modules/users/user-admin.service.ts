import type { Actor } from '../audit/actor.js';
import type { RequestOrigin } from '../audit/audit-entry.entity.js';
import type { CreateUserInput, SetPasswordInput, UpdateUserInput } from './dto/user.inputs.js';
import type { UserTokenKind } from './user-token.entity.js';
import { changeRole, setPortalAccess } from './use-cases/access-changes.js';
import { clearSignInLockout } from './use-cases/clear-lockout.js';
import { resetTwoFactor } from './use-cases/reset-two-factor.js';
import { revokeAllSessions } from './use-cases/revoke-sessions.js';
import { createUser } from './use-cases/create-user.js';
import type { UseCaseDeps } from '../use-case-deps.js';
import { deactivateUser, deleteUser, reactivateUser, releaseAccess, restoreUser } from './use-cases/lifecycle.js';
import { issueLink, redeemLink, revokeLinks } from './use-cases/links.js';
import { forceReset, resetPassword, setPassword } from './use-cases/passwords.js';
import { importUsers } from './use-cases/import-users.js';
import { updateUser } from './use-cases/update-user.js';

/** The user administration use cases, one file each, bound to their dependencies. Each returns the user's id. */
export class UserAdminService {
  constructor(private readonly deps: UseCaseDeps) {}

  create = (actor: Actor, input: CreateUserInput) => createUser(this.deps, actor, input);
  update = (actor: Actor, input: UpdateUserInput) => updateUser(this.deps, actor, input);
  releaseAccess = (actor: Actor, id: string) => releaseAccess(this.deps, actor, id);
  deactivate = (actor: Actor, id: string) => deactivateUser(this.deps, actor, id);
  reactivate = (actor: Actor, id: string) => reactivateUser(this.deps, actor, id);
  delete = (actor: Actor, id: string) => deleteUser(this.deps, actor, id);
  restore = (actor: Actor, id: string) => restoreUser(this.deps, actor, id);
  resetPassword = (actor: Actor, id: string) => resetPassword(this.deps, actor, id);
  setPassword = (actor: Actor, input: SetPasswordInput) => setPassword(this.deps, actor, input);
  forceReset = (actor: Actor, id: string) => forceReset(this.deps, actor, id);
  changeRole = (actor: Actor, id: string, roleId: string) => changeRole(this.deps, actor, id, roleId);
  setPortalAccess = (actor: Actor, id: string, enabled: boolean) => setPortalAccess(this.deps, actor, id, enabled);
  issueLink = (actor: Actor, id: string, kind: UserTokenKind) => issueLink(this.deps, actor, id, kind);
  revokeLinks = (actor: Actor, id: string, kind: UserTokenKind) => revokeLinks(this.deps, actor, id, kind);
  redeemLink = (kind: UserTokenKind, token: string, password: string, origin: RequestOrigin) => redeemLink(this.deps, kind, token, password, origin);
  resetTwoFactor = (actor: Actor, id: string) => resetTwoFactor(this.deps, actor, id);
  revokeAllSessions = (actor: Actor, id: string) => revokeAllSessions(this.deps, actor, id);
  clearSignInLockout = (actor: Actor, id: string) => clearSignInLockout(this.deps, actor, id);
  importUsers = (actor: Actor, csv: string, dryRun: boolean) => importUsers(this.deps, actor, csv, dryRun);
}
