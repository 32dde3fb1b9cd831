import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Authenticated, Public, RequiresPermission, Self } from '../../graphql/directives.js';
import { ForbiddenError, UnauthenticatedError } from '../../kernel/errors.js';
import { actorOf } from '../audit/actor.js';
import { listUserSessions } from '../users/queries/list-user-sessions.js';
import { revokeAllSessions } from '../users/use-cases/revoke-sessions.js';
import { requireTenant } from './principal.js';
import { LoginInput } from './dto/login.input.js';
import { describeViewer } from './queries/viewer.js';
import type { LoginOutcome } from './login-outcome.js';
import { LoginResultUnion, PasswordChangeReason, type PasswordChangeRequiredType } from './types/login-result.type.js';
import { SessionInfoType, SessionType, UserSessionType } from './types/session.type.js';
import { TwoFactorEnrollmentRequiredType, TwoFactorEnrollmentResultType, TwoFactorRequiredType } from './types/two-factor-step.type.js';
import { ViewerType } from './types/viewer.type.js';
import { changeOwnPassword, completePasswordChange } from './use-cases/password-change.js';
import { refreshSession } from './use-cases/refresh-session.js';
import { login } from './use-cases/sign-in.js';
import { logout } from './use-cases/sign-out.js';
import { confirmTwoFactorEnrollment, verifyTwoFactor } from './use-cases/two-factor-step.js';

type LoginResult = SessionType | PasswordChangeRequiredType | TwoFactorRequiredType | TwoFactorEnrollmentRequiredType;

@Resolver()
export class AuthResolver {
  @Public()
  @Mutation(() => LoginResultUnion, { description: 'Signs in with a username (or email) and password.' })
  async login(@Arg('input', () => LoginInput) input: LoginInput, @Ctx() context: Context): Promise<LoginResult> {
    return this.result(await login(context.services.auth, input, context.origin), context);
  }

  @Authenticated({ allowPendingPasswordChange: true })
  @Mutation(() => LoginResultUnion, {
    description: 'Chooses a new password with the changeToken of PasswordChangeRequired (or any session); starts a session.',
  })
  async completePasswordChange(@Arg('newPassword', () => String) newPassword: string, @Ctx() context: Context): Promise<LoginResult> {
    const principal = context.principal;
    if (principal?.kind !== 'user') throw new UnauthenticatedError();
    return this.result(await completePasswordChange(context.services.auth, principal, newPassword, context.origin), context);
  }

  @Public()
  @Mutation(() => LoginResultUnion, { description: 'Finishes a sign-in that answered TwoFactorRequired: a TOTP code or a recovery code.' })
  async verifyTwoFactor(
    @Arg('challengeToken', () => String) challengeToken: string,
    @Arg('code', () => String) code: string,
    @Ctx() context: Context,
  ): Promise<LoginResult> {
    return this.result(await verifyTwoFactor(context.services.auth, challengeToken, code, context.origin), context);
  }

  @Public()
  @Mutation(() => TwoFactorEnrollmentResultType, {
    description: 'Finishes a sign-in that answered TwoFactorEnrollmentRequired with the first code from the new authenticator.',
  })
  async confirmTwoFactorEnrollment(
    @Arg('enrollmentToken', () => String) enrollmentToken: string,
    @Arg('code', () => String) code: string,
    @Ctx() context: Context,
  ): Promise<TwoFactorEnrollmentResultType> {
    const { recoveryCodes, session } = await confirmTwoFactorEnrollment(context.services.auth, enrollmentToken, code, context.origin);
    return { recoveryCodes, session: (await this.result(session, context)) as SessionType };
  }

  @Public()
  @Mutation(() => SessionType, {
    description:
      'Renews the access token from the httpOnly refresh cookie, rotating it. A refresh token used twice ends the whole session.',
  })
  async refreshSession(@Ctx() context: Context): Promise<SessionType> {
    const token = context.refreshCookie.read();
    if (!token) throw new UnauthenticatedError('You are not signed in');
    try {
      return (await this.result(await refreshSession(context.services.auth, token, context.origin), context)) as SessionType;
    } catch (error) {
      context.refreshCookie.clear();
      throw error;
    }
  }

  @Authenticated({ allowPendingPasswordChange: true })
  @Mutation(() => Boolean, { description: 'Ends this session and clears the refresh cookie.' })
  async logout(@Ctx() context: Context): Promise<boolean> {
    await logout(context.services.auth, context.principal!);
    context.refreshCookie.clear();
    return true;
  }

  @Authenticated({ allowPendingPasswordChange: true })
  @Query(() => ViewerType, { description: 'The signed-in user or super admin.' })
  async me(@Ctx() context: Context): Promise<ViewerType> {
    if (!context.principal) throw new UnauthenticatedError();
    return describeViewer(context.principal, await context.permissions());
  }

  @Self()
  @Mutation(() => Boolean, { description: 'Changes your own password (the current one is required); your other sessions end.' })
  async changeMyPassword(
    @Arg('currentPassword', () => String) currentPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
    @Ctx() context: Context,
  ): Promise<boolean> {
    const principal = context.principal;
    if (principal?.kind !== 'user') throw new ForbiddenError('Platform super admins change their password on the platform');
    await changeOwnPassword(context.services.auth, principal, currentPassword, newPassword, context.origin);
    return true;
  }

  @Self()
  @Query(() => [SessionInfoType], { description: 'Your own signed-in sessions.' })
  async mySessions(@Ctx() context: Context): Promise<SessionInfoType[]> {
    const principal = context.principal!;
    const sessions = await context.services.sessions.list(ownerOf(context));
    return sessions.map((session) => ({
      id: session.id,
      createdAt: session.createdAt,
      lastUsedAt: session.lastUsedAt,
      expiresAt: session.expiresAt,
      userAgent: session.userAgent,
      ip: session.ip,
      current: session.id === principal.sessionId,
    }));
  }

  @Self()
  @Mutation(() => Boolean, { description: 'Ends one of your own sessions (another device, say).' })
  async revokeSession(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<boolean> {
    await context.services.sessions.revokeOwn(ownerOf(context), id);
    return true;
  }

  @Self()
  @Mutation(() => Int, { description: 'Ends all your other sessions (every device but this one); returns how many.' })
  revokeMyOtherSessions(@Ctx() context: Context): Promise<number> {
    return context.services.sessions.revokeOthers(ownerOf(context), context.principal!.sessionId);
  }

  @RequiresPermission('users.activity.read')
  @Query(() => [UserSessionType], { description: "A user's open sessions (device, address, last use), for their administrator." })
  async userSessions(@Arg('userId', () => ID) userId: string, @Ctx() context: Context): Promise<UserSessionType[]> {
    const sessions = await listUserSessions(context.dataSource, context.services.sessions, requireTenant(context.principal), userId);
    return sessions.map(({ id, createdAt, lastUsedAt, expiresAt, userAgent, ip }) => ({ id, createdAt, lastUsedAt, expiresAt, userAgent, ip }));
  }

  @RequiresPermission('users.update')
  @Mutation(() => Boolean, { description: "Ends every session of a user in your tenant at once (audited)." })
  async revokeAllSessions(@Arg('userId', () => ID) userId: string, @Ctx() context: Context): Promise<boolean> {
    await revokeAllSessions(context.services.deps, actorOf(context.principal, context.origin), userId);
    return true;
  }

  private async result(outcome: LoginOutcome, context: Context): Promise<LoginResult> {
    if (outcome.kind === 'totp_challenge') return { challengeToken: outcome.challengeToken, expiresAt: outcome.expiresAt };
    if (outcome.kind === 'totp_enroll') {
      return { enrollmentToken: outcome.enrollmentToken, expiresAt: outcome.expiresAt, ...outcome.enrollment };
    }
    if (outcome.kind === 'password_change') {
      return {
        changeToken: outcome.changeToken,
        expiresAt: outcome.expiresAt,
        reason: outcome.reason === 'temporary_password' ? PasswordChangeReason.TEMPORARY_PASSWORD : PasswordChangeReason.RESET_REQUIRED,
      };
    }
    context.refreshCookie.set(outcome.refresh.refreshToken, outcome.refresh.expiresAt);
    const permissions = await context.services.permissions.activePermissions(outcome.principal);
    return {
      sessionId: outcome.refresh.sessionId,
      accessToken: outcome.accessToken,
      expiresAt: outcome.expiresAt,
      viewer: describeViewer(outcome.principal, permissions),
    };
  }
}

function ownerOf(context: Context): { userId?: string; superAdminId?: string } {
  const principal = context.principal!;
  return principal.kind === 'user' ? { userId: principal.userId } : { superAdminId: principal.superAdminId };
}
