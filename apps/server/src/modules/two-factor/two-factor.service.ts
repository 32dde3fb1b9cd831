import { randomBytes } from 'node:crypto';
import { sha256Hex } from '../secrets/sha256-hex.js';
import { generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';
import type { DataSource, EntityManager } from 'typeorm';
import { RecoveryCodeEntity } from './recovery-code.entity.js';
import type { TotpAccount } from './totp-account.js';

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

const recoveryOwner = (account: TotpAccount) => (account.ownerColumn === 'user_id' ? { userId: account.id } : { superAdminId: account.id });

/** TOTP second factor: enrolment with a QR code, codes accepted once, single-use recovery codes. */
export class TwoFactorService {
  constructor(private readonly dataSource: DataSource) {}

  /** What a sign-in still needs after the password: a code, an enrolment, or nothing. */
  static nextStep(account: Pick<TotpAccount, 'totpEnabledAt' | 'twoFactorRequired'>): 'totp_challenge' | 'totp_enroll' | null {
    if (account.totpEnabledAt) return 'totp_challenge';
    return account.twoFactorRequired ? 'totp_enroll' : null;
  }

  /** Creates (or reuses) the pending secret and describes it for an authenticator app. */
  async beginEnrollment(account: TotpAccount): Promise<Enrollment> {
    let secret = account.totpSecret;
    if (!secret || account.totpEnabledAt) {
      secret = generateSecret();
      await this.dataSource.query(`UPDATE ${account.table} SET totp_secret = $2, totp_enabled_at = NULL, totp_last_step = NULL WHERE id = $1`, [
        account.id,
        secret,
      ]);
    }
    const otpauthUri = generateURI({ issuer: ISSUER, label: account.label, secret });
    return { secret, otpauthUri, qrCodeDataUrl: await QRCode.toDataURL(otpauthUri, { margin: 1, width: 220 }) };
  }

  /** Checks a code (or a recovery code) for an account locked in the caller's transaction. */
  async verifyCode(manager: EntityManager, account: TotpAccount, code: string): Promise<'totp' | 'recovery' | null> {
    const trimmed = code.replace(/\s/g, '');
    if (account.totpSecret && /^\d{6}$/.test(trimmed)) {
      const result = await verify({
        secret: account.totpSecret,
        token: trimmed,
        epochTolerance: EPOCH_TOLERANCE_SECONDS,
        ...(account.totpLastStep ? { afterTimeStep: Number(account.totpLastStep) } : {}),
      });
      if (result.valid && 'timeStep' in result) {
        await manager.query(`UPDATE ${account.table} SET totp_last_step = $2 WHERE id = $1`, [account.id, result.timeStep]);
        return 'totp';
      }
      return null;
    }
    const used = await manager
      .createQueryBuilder()
      .update(RecoveryCodeEntity)
      .set({ usedAt: () => 'now()' })
      .where(`${account.ownerColumn} = :owner AND code_hash = :hash AND used_at IS NULL`, { owner: account.id, hash: hashOf(trimmed) })
      .execute();
    return used.affected ? 'recovery' : null;
  }

  /** Confirms the pending secret with a first code; returns fresh recovery codes (shown once). */
  async confirmEnrollment(manager: EntityManager, account: TotpAccount, code: string): Promise<string[] | null> {
    if (!account.totpSecret || account.totpEnabledAt) return null;
    if ((await this.verifyCode(manager, account, code)) !== 'totp') return null;
    await manager.query(`UPDATE ${account.table} SET totp_enabled_at = now() WHERE id = $1`, [account.id]);
    await manager.delete(RecoveryCodeEntity, recoveryOwner(account));
    const codes = Array.from({ length: RECOVERY_CODES }, () => {
      const raw = randomBytes(5).toString('hex');
      return `${raw.slice(0, 5)}-${raw.slice(5)}`;
    });
    await manager.insert(RecoveryCodeEntity, codes.map((value) => ({ ...recoveryOwner(account), codeHash: hashOf(value) })));
    return codes;
  }

  /** Removes the second factor; with "2FA required" still on, the next sign-in enrols again. */
  async reset(manager: EntityManager, account: Pick<TotpAccount, 'table' | 'ownerColumn' | 'id'>): Promise<void> {
    await manager.query(`UPDATE ${account.table} SET totp_secret = NULL, totp_enabled_at = NULL, totp_last_step = NULL WHERE id = $1`, [account.id]);
    await manager.delete(RecoveryCodeEntity, recoveryOwner(account as TotpAccount));
  }
}
