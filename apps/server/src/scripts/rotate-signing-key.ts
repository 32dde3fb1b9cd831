import { loadConfig } from '../config.js';
import { rotateSigningKeys } from '../modules/auth/signing-keys.js';

/**
 * Rotates the access-token signing key kept in DATA_DIR. Restart the server instances afterwards;
 * tokens signed with the previous key stay valid until they expire.
 */
const config = loadConfig();
if (config.jwtPrivateKey) {
  console.error('JWT_PRIVATE_KEY is set: rotate by putting the new key first in that JSON array instead.');
  process.exit(2);
}
const { active, retired } = await rotateSigningKeys(config.dataDir);
console.log(`Signing with ${active}; still verifying ${retired.join(', ') || 'nothing else'}. Restart the server to use the new key.`);
