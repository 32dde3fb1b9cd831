import { USER_ACTION_PERMISSIONS } from '@access/domain';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { requireTenant, seesDeleted } from '../../auth/principal.js';
import type { Context } from '../../../graphql/context.js';
import { Public, RequiresPermission, RequiresSuperAdmin } from '../../../graphql/directives.js';
import { actorOf } from '../../audit/actor.js';
import { UserFilterInput } from '../dto/user-filter.input.js';
import { CreateUserInput, SetPasswordInput, UpdateUserInput } from '../dto/user.inputs.js';
import { exportUsers } from '../queries/export-users.js';
import { getUser } from '../queries/get-user.js';
import { ImportUsersResultType } from '../types/import-result.type.js';
import { IssuedLinkType } from '../types/user-link.type.js';
import { UserType } from '../types/user.type.js';
import { changeRole, setPortalAccess } from '../use-cases/access-changes.js';
import { clearSignInLockout } from '../use-cases/clear-lockout.js';
import { createUser } from '../use-cases/create-user.js';
import { importUsers } from '../use-cases/import-users.js';
import { deactivateUser, deleteUser, reactivateUser, releaseAccess, restoreUser } from '../use-cases/lifecycle.js';
import { issueLink, redeemLink, revokeLinks } from '../use-cases/links.js';
import { forceReset, resetPassword, setPassword } from '../use-cases/passwords.js';
import { resetTwoFactor } from '../use-cases/reset-two-factor.js';
import { updateUser } from '../use-cases/update-user.js';

@Resolver()
export class UserActionsResolver {
  private async fetch(context: Context, id: Promise<string>, includeDeleted = false): Promise<UserType> {
    return getUser(context.dataSource, requireTenant(context.principal), await id, includeDeleted || seesDeleted(context.principal));
  }

  @RequiresPermission('users.create')
  @Mutation(() => UserType, { description: 'Internal users start in introduction mode unless holdInvite is false.' })
  createUser(@Arg('input', () => CreateUserInput) input: CreateUserInput, @Ctx() context: Context): Promise<UserType> {
    return this.fetch(context, createUser(context.services.deps, actorOf(context.principal, context.origin), input));
  }

  @RequiresPermission(USER_ACTION_PERMISSIONS.update)
  @Mutation(() => UserType, { description: 'A stale `version` is refused with CONFLICT; nothing is overwritten.' })
  updateUser(@Arg('input', () => UpdateUserInput) input: UpdateUserInput, @Ctx() context: Context): Promise<UserType> {
    return this.fetch(context, updateUser(context.services.deps, actorOf(context.principal, context.origin), input));
  }

  @RequiresPermission(USER_ACTION_PERMISSIONS.releaseAccess)
  @Mutation(() => UserType, { description: 'Hold Invite off: emails a temporary password; the first sign-in must choose a new one.' })
  releaseAccess(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<UserType> {
    return this.fetch(context, releaseAccess(context.services.deps, actorOf(context.principal, context.origin), id));
  }

  @RequiresPermission(USER_ACTION_PERMISSIONS.deactivate)
  @Mutation(() => UserType, { description: 'Blocks sign-in at once and removes the user from approval groups and holiday delegations.' })
  deactivateUser(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<UserType> {
    return this.fetch(context, deactivateUser(context.services.deps, actorOf(context.principal, context.origin), id));
  }

  @RequiresPermission(USER_ACTION_PERMISSIONS.reactivate)
  @Mutation(() => UserType, { description: 'Resumes with the last password.' })
  reactivateUser(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<UserType> {
    return this.fetch(context, reactivateUser(context.services.deps, actorOf(context.principal, context.origin), id));
  }

  @RequiresPermission(USER_ACTION_PERMISSIONS.delete)
  @Mutation(() => UserType, { description: 'Soft delete: hidden, sign-in blocked, history kept.' })
  deleteUser(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<UserType> {
    return this.fetch(context, deleteUser(context.services.deps, actorOf(context.principal, context.origin), id), true);
  }

  @RequiresSuperAdmin({ inTenant: true })
  @Mutation(() => UserType, { description: 'Brings a deleted user back as active (Super Admin Active mode only).' })
  restoreUser(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<UserType> {
    return this.fetch(context, restoreUser(context.services.deps, actorOf(context.principal, context.origin), id));
  }

  @RequiresPermission(USER_ACTION_PERMISSIONS.resetPassword)
  @Mutation(() => UserType, { description: 'Emails a temporary password; refused for inactive and introduction-mode users.' })
  resetPassword(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<UserType> {
    return this.fetch(context, resetPassword(context.services.deps, actorOf(context.principal, context.origin), id));
  }

  @RequiresPermission(USER_ACTION_PERMISSIONS.setPassword)
  @Mutation(() => UserType, { description: "Sets the password directly (typed twice); every broken policy rule is returned." })
  setPassword(@Arg('input', () => SetPasswordInput) input: SetPasswordInput, @Ctx() context: Context): Promise<UserType> {
    return this.fetch(context, setPassword(context.services.deps, actorOf(context.principal, context.origin), input));
  }

  @RequiresPermission(USER_ACTION_PERMISSIONS.forceReset)
  @Mutation(() => UserType, { description: 'The next sign-in must choose a new password; active users only.' })
  forceReset(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<UserType> {
    return this.fetch(context, forceReset(context.services.deps, actorOf(context.principal, context.origin), id));
  }

  @RequiresPermission('users.update')
  @Mutation(() => UserType, { description: 'Removes the enrolled authenticator and recovery codes (a lost phone).' })
  resetTwoFactor(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<UserType> {
    return this.fetch(context, resetTwoFactor(context.services.deps, actorOf(context.principal, context.origin), id));
  }

  @RequiresPermission('users.passwords.reset')
  @Mutation(() => UserType, { description: 'Lifts a temporary sign-in lockout (after repeated failures) before it expires.' })
  clearSignInLockout(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<UserType> {
    return this.fetch(context, clearSignInLockout(context.services.deps, actorOf(context.principal, context.origin), id));
  }

  @RequiresPermission('users.update')
  @Mutation(() => UserType, { description: 'External Portal Access: off blocks the worker portal only.' })
  setPortalAccess(@Arg('id', () => ID) id: string, @Arg('enabled', () => Boolean) enabled: boolean, @Ctx() context: Context): Promise<UserType> {
    return this.fetch(context, setPortalAccess(context.services.deps, actorOf(context.principal, context.origin), id, enabled));
  }

  @RequiresPermission(USER_ACTION_PERMISSIONS.changeRole)
  @Mutation(() => UserType, { description: "Takes effect on the user's next request." })
  changeRole(@Arg('id', () => ID) id: string, @Arg('roleId', () => ID) roleId: string, @Ctx() context: Context): Promise<UserType> {
    return this.fetch(context, changeRole(context.services.deps, actorOf(context.principal, context.origin), id, roleId));
  }

  @RequiresPermission(USER_ACTION_PERMISSIONS.sendActivationLink)
  @Mutation(() => IssuedLinkType, { description: 'A single-use activation link (released users); shown once and emailed.' })
  createActivationLink(@Arg('userId', () => ID) userId: string, @Ctx() context: Context): Promise<IssuedLinkType> {
    return issueLink(context.services.deps, actorOf(context.principal, context.origin), userId, 'activation');
  }

  @RequiresPermission('users.invite')
  @Mutation(() => Int, { description: 'Revokes open activation links; returns how many.' })
  revokeActivationLinks(@Arg('userId', () => ID) userId: string, @Ctx() context: Context): Promise<number> {
    return revokeLinks(context.services.deps, actorOf(context.principal, context.origin), userId, 'activation');
  }

  @RequiresPermission(USER_ACTION_PERMISSIONS.sendResetLink)
  @Mutation(() => IssuedLinkType, { description: 'A single-use password reset link (active users only); shown once and emailed.' })
  createPasswordResetLink(@Arg('userId', () => ID) userId: string, @Ctx() context: Context): Promise<IssuedLinkType> {
    return issueLink(context.services.deps, actorOf(context.principal, context.origin), userId, 'password_reset');
  }

  @RequiresPermission('users.passwords.reset')
  @Mutation(() => Int, { description: 'Revokes open password reset links; returns how many.' })
  revokePasswordResetLinks(@Arg('userId', () => ID) userId: string, @Ctx() context: Context): Promise<number> {
    return revokeLinks(context.services.deps, actorOf(context.principal, context.origin), userId, 'password_reset');
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Opens an activation link: chooses the first password. Then sign in normally.' })
  async activateAccount(@Arg('token', () => String) token: string, @Arg('password', () => String) password: string, @Ctx() context: Context): Promise<boolean> {
    await redeemLink(context.services.deps, 'activation', token, password, context.origin);
    return true;
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Opens a password reset link: chooses a new password.' })
  async resetPasswordWithLink(@Arg('token', () => String) token: string, @Arg('password', () => String) password: string, @Ctx() context: Context): Promise<boolean> {
    await redeemLink(context.services.deps, 'password_reset', token, password, context.origin);
    return true;
  }

  @RequiresPermission('users.import')
  @Mutation(() => ImportUsersResultType, {
    description: 'Creates users from CSV (header row; columns as exportUsers). All or nothing, with a per-row report; dryRun only checks.',
  })
  importUsers(
    @Arg('csv', () => String) csv: string,
    @Arg('dryRun', () => Boolean, { defaultValue: false }) dryRun: boolean,
    @Ctx() context: Context,
  ): Promise<ImportUsersResultType> {
    return importUsers(context.services.deps, actorOf(context.principal, context.origin), csv, dryRun);
  }

  @RequiresPermission('users.export')
  @Query(() => String, { description: 'The users matching the filter as CSV, header row first.' })
  exportUsers(@Arg('filter', () => UserFilterInput, { nullable: true }) filter: UserFilterInput | null, @Ctx() context: Context): Promise<string> {
    return exportUsers(context.services.userList, requireTenant(context.principal), filter, seesDeleted(context.principal));
  }
}
