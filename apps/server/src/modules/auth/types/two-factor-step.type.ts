import { Field, ObjectType } from 'type-graphql';
import { SessionType } from './session.type.js';

@ObjectType('TwoFactorRequired', { description: 'Enter the code from your authenticator app (or a recovery code) with verifyTwoFactor.' })
export class TwoFactorRequiredType {
  @Field(() => String)
  challengeToken: string;

  @Field(() => Date)
  expiresAt: Date;
}

@ObjectType('TwoFactorEnrollmentRequired', {
  description: 'Two-factor sign-in is required: add this secret to an authenticator app, then confirmTwoFactorEnrollment with a code.',
})
export class TwoFactorEnrollmentRequiredType {
  @Field(() => String)
  enrollmentToken: string;

  @Field(() => Date)
  expiresAt: Date;

  @Field(() => String, { description: 'otpauth:// URI for authenticator apps.' })
  otpauthUri: string;

  @Field(() => String, { description: 'The same URI as a QR code (PNG data URL).' })
  qrCodeDataUrl: string;

  @Field(() => String, { description: 'The secret, for typing it in by hand.' })
  secret: string;
}

@ObjectType('TwoFactorEnrollmentResult')
export class TwoFactorEnrollmentResultType {
  @Field(() => [String], { description: 'Single-use recovery codes: shown this once, store them safely.' })
  recoveryCodes: string[];

  @Field(() => SessionType)
  session: SessionType;
}
