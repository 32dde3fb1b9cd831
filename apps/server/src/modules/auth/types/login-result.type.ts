import { createUnionType, Field, ObjectType, registerEnumType } from 'type-graphql';
import { TwoFactorEnrollmentRequiredType, TwoFactorRequiredType } from './two-factor-step.type.js';
import { SessionType } from './session.type.js';

export enum PasswordChangeReason {
  TEMPORARY_PASSWORD = 'temporary_password',
  RESET_REQUIRED = 'reset_required',
}
registerEnumType(PasswordChangeReason, {
  name: 'PasswordChangeReason',
  description: 'TEMPORARY_PASSWORD: first sign-in or after a reset; RESET_REQUIRED: an admin forced a change.',
});

@ObjectType('PasswordChangeRequired', {
  description: 'The password must be changed before anything else: `changeToken` can only call completePasswordChange.',
})
export class PasswordChangeRequiredType {
  @Field(() => String)
  changeToken: string;

  @Field(() => Date)
  expiresAt: Date;

  @Field(() => PasswordChangeReason)
  reason: PasswordChangeReason;
}

export const LoginResultUnion = createUnionType({
  name: 'LoginResult',
  description: 'What signing in led to: a session, or the step that must come first.',
  types: () => [SessionType, PasswordChangeRequiredType, TwoFactorRequiredType, TwoFactorEnrollmentRequiredType] as const,
  resolveType: (value) => {
    if ('changeToken' in value) return PasswordChangeRequiredType;
    if ('challengeToken' in value) return TwoFactorRequiredType;
    if ('enrollmentToken' in value) return TwoFactorEnrollmentRequiredType;
    return SessionType;
  },
});

