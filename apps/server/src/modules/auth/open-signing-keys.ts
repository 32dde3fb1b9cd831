import { TENANT_SETTING_LIMITS } from '@access/domain';
import type { DataSource } from 'typeorm';
import type { Config } from '../../config.js';
import { DOWNLOAD_LINK_TTL_SECONDS } from '../files/signed-links.js';
import type { SecretBox } from '../secrets/secret-box.js';
import { PASSWORD_CHANGE_TTL_SECONDS } from './access-tokens.js';
import { SigningKeyRing } from './signing-key-ring.js';
import { ensureSigningKey } from './signing-key-store.js';
import { fixedSigningKeysFromJson, type SigningKeys } from './signing-keys.js';

export type KeyConfig = Pick<Config, 'jwtPrivateKey' | 'dataDir' | 'accessTokenTtlSeconds' | 'signingKeyRefreshSeconds'>;

export interface OpenSigningKeys extends SigningKeys {
  close(): Promise<void>;
}

/** The longest any token signed with these keys is valid: a retired key verifies this long. */
export function longestTokenSeconds(config: Pick<Config, 'accessTokenTtlSeconds'>): number {
  return Math.max(config.accessTokenTtlSeconds, TENANT_SETTING_LIMITS.accessTokenTtlSeconds.max, PASSWORD_CHANGE_TTL_SECONDS, DOWNLOAD_LINK_TTL_SECONDS);
}

/**
 * JWT_PRIVATE_KEY when set (fixed keys, rotated by redeploying); otherwise the keys every instance
 * shares in the database, followed as they change when `follow` (a server), read once otherwise (a
 * command).
 */
export async function openSigningKeys(
  dataSource: DataSource,
  box: SecretBox,
  config: KeyConfig,
  logger: { warn(details: object, message: string): void },
  { follow }: { follow: boolean },
): Promise<OpenSigningKeys> {
  if (config.jwtPrivateKey) {
    return { ...(await fixedSigningKeysFromJson(config.jwtPrivateKey)), close: () => Promise.resolve() };
  }
  if (!follow) return SigningKeyRing.read(dataSource, box, keyRingOptions(config, logger));
  await ensureSigningKey(dataSource, box, config.dataDir, new Date());
  return SigningKeyRing.follow(dataSource, box, keyRingOptions(config, logger));
}

function keyRingOptions(config: KeyConfig, logger: { warn(details: object, message: string): void }) {
  return { longestTokenSeconds: longestTokenSeconds(config), refreshSeconds: config.signingKeyRefreshSeconds, logger };
}
