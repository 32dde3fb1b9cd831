import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

const ALGORITHM = 'aes-256-gcm';
const VERSION = 'v1';

/**
 * Encrypts the few secrets Access must be able to read back (an identity provider's client
 * secret), so a database dump or backup alone does not reveal them. AES-256-GCM: tampering with
 * a stored value makes it unreadable rather than silently different.
 */
export class SecretBox {
  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new Error('The secrets key must be 32 bytes');
  }

  seal(plaintext: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv(ALGORITHM, this.key, iv);
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
  }

  open(sealed: string): string {
    const [version, iv, tag, body] = sealed.split('.');
    if (version !== VERSION || !iv || !tag || body === undefined) throw new Error('Not a sealed secret');
    const decipher = createDecipheriv(ALGORITHM, this.key, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  }
}

const keyFile = (dataDir: string) => path.join(dataDir, 'secrets-key');

/**
 * SECRETS_KEY (32 bytes, base64) when set, as every instance of a deployment must share it;
 * otherwise a key generated once into the data directory, for a single process.
 */
export async function loadSecretBox(dataDir: string, base64Key: string | undefined): Promise<SecretBox> {
  if (base64Key) return new SecretBox(Buffer.from(base64Key, 'base64'));
  await mkdir(dataDir, { recursive: true });
  await writeFile(keyFile(dataDir), randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' }).catch((error: NodeJS.ErrnoException) => {
    // Another process created it first: use theirs so both read the same secrets.
    if (error.code !== 'EEXIST') throw error;
  });
  return new SecretBox(Buffer.from((await readFile(keyFile(dataDir), 'utf8')).trim(), 'base64'));
}
