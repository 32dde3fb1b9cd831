import { randomBytes } from 'node:crypto';
import { sha256Hex } from '../secrets/sha256-hex.js';
import { generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';
import type { DataSource, EntityManager } from 'typeorm';
import type { UserEntity } from '../users/user.entity.js';
import { RecoveryCodeEntity } from './recovery-code.entity.js';

const ISSUER = 'Access';
const RECOVERY_CODES = 10;
/** Accept the previous and next 30-second window too: phone clocks drift. */
const EPOCH_TOLERANCE_SECONDS = 30;

const hashOf = (code: string) => sha256Hex(code.replace(/[\s-]/g, '').toLowerCase());

export interface Enrollment {
  secret: string;
  otpauthUri: string;
  qrCodeDataUrl: string;
}

/** TOTP second factor: enrolment with a QR code, codes accepted once, single-use recovery codes. */
export class TwoFactorService {
  constructor(private readonly dataSource: DataSource) {}

  /** What a sign-in still needs after the password: a code, an enrolment, or nothing. */
  static nextStep(user: Pick<UserEntity, 'totpEnabledAt' | 'twoFactorRequired'>): 'totp_challenge' | 'totp_enroll' | null {
    if (user.totpEnabledAt) return 'totp_challenge';
    return user.twoFactorRequired ? 'totp_enroll' : null;
  }

  /** Creates (or reuses) the pending secret and describes it for an authenticator app. */
  async beginEnrollment(user: UserEntity, tenantSlug: string): Promise<Enrollment> {
    let secret = user.totpSecret;
    if (!secret || user.totpEnabledAt) {
      secret = generateSecret();
      await this.dataSource.query('UPDATE user_account SET totp_secret = $2, totp_enabled_at = NULL, totp_last_step = NULL WHERE id = $1', [
        user.id,
        secret,
      ]);
    }
    const otpauthUri = generateURI({ issuer: ISSUER, label: `${tenantSlug}:${user.username}`, secret });
    return { secret, otpauthUri, qrCodeDataUrl: await QRCode.toDataURL(otpauthUri, { margin: 1, width: 220 }) };
  }

  /** Checks a code (or a recovery code) for a user locked in the caller's transaction. */
  async verifyCode(manager: EntityManager, user: UserEntity, code: string): Promise<'totp' | 'recovery' | null> {
    const trimmed = code.replace(/\s/g, '');
    if (user.totpSecret && /^\d{6}$/.test(trimmed)) {
      const result = await verify({
        secret: user.totpSecret,
        token: trimmed,
        epochTolerance: EPOCH_TOLERANCE_SECONDS,
        ...(user.totpLastStep ? { afterTimeStep: Number(user.totpLastStep) } : {}),
      });
      if (result.valid && 'timeStep' in result) {
        await manager.query('UPDATE user_account SET totp_last_step = $2 WHERE id = $1', [user.id, result.timeStep]);
        return 'totp';
      }
      return null;
    }
    const used = await manager
      .createQueryBuilder()
      .update(RecoveryCodeEntity)
      .set({ usedAt: () => 'now()' })
      .where('user_id = :userId AND code_hash = :hash AND used_at IS NULL', { userId: user.id, hash: hashOf(trimmed) })
      .execute();
    return used.affected ? 'recovery' : null;
  }

  /** Confirms the pending secret with a first code; returns fresh recovery codes (shown once). */
  async confirmEnrollment(manager: EntityManager, user: UserEntity, code: string): Promise<string[] | null> {
    if (!user.totpSecret || user.totpEnabledAt) return null;
    if ((await this.verifyCode(manager, user, code)) !== 'totp') return null;
    await manager.query('UPDATE user_account SET totp_enabled_at = now() WHERE id = $1', [user.id]);
    await manager.delete(RecoveryCodeEntity, { userId: user.id });
    const codes = Array.from({ length: RECOVERY_CODES }, () => {
      const raw = randomBytes(5).toString('hex');
      return `${raw.slice(0, 5)}-${raw.slice(5)}`;
    });
    await manager.insert(RecoveryCodeEntity, codes.map((value) => ({ userId: user.id, codeHash: hashOf(value) })));
    return codes;
  }

  /** Removes the second factor; with "2FA required" still on, the next sign-in enrols again. */
  async reset(manager: EntityManager, userId: string): Promise<void> {
    await manager.query('UPDATE user_account SET totp_secret = NULL, totp_enabled_at = NULL, totp_last_step = NULL WHERE id = $1', [userId]);
    await manager.delete(RecoveryCodeEntity, { userId });
  }
}
