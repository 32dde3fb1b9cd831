import { loadConfig } from '../config.js';
import { openDatabase } from '../db/data-source.js';
import { stageSigningKey } from '../modules/auth/signing-key-store.js';
import { loadSecretBox } from '../modules/secrets/secret-box.js';

/**
 * Stages a new signing key in the database every instance shares. It is published (in the JWKS,
 * accepted by every instance) at once and signs from SIGNING_KEY_STAGING_SECONDS later, by when
 * each instance has read it; the previous key keeps verifying its tokens until they expire. No
 * restart is needed. On embedded PGlite, stop the server first: one process at a time can open
 * its data directory.
 */
const config = loadConfig();
if (config.jwtPrivateKey) {
  console.error('JWT_PRIVATE_KEY is set: rotate by putting the new key first in that JSON array instead.');
  process.exit(2);
}
const dataSource = await openDatabase(config.database);
try {
  const secrets = await loadSecretBox(config.dataDir, config.secretsKey);
  const { kid, signsFrom } = await stageSigningKey(dataSource, secrets, new Date(Date.now() + config.signingKeyStagingSeconds * 1000));
  console.log(`Staged signing key ${kid}: published now, signs from ${signsFrom.toISOString()}.`);
} finally {
  await dataSource.destroy();
}
