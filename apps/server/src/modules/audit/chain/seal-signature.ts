import { CompactSign, compactVerify } from 'jose';
import { SIGNING_ALGORITHM, type SigningKeys } from '../../auth/signing-keys.js';

export interface SealClaims {
  chainId: string;
  position: bigint;
  hash: Buffer;
  sealedAt: Date;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function payloadOf(claims: SealClaims): string {
  return JSON.stringify({
    typ: 'access-audit-seal',
    chain: claims.chainId,
    position: claims.position.toString(),
    hash: claims.hash.toString('hex'),
    sealedAt: claims.sealedAt.toISOString(),
  });
}

/** Signs with the active access-token key: its public half is published, so anyone can check a seal. */
export async function signSeal(keys: SigningKeys, claims: SealClaims): Promise<{ keyId: string; signature: string }> {
  const signing = keys.active;
  const signature = await new CompactSign(encoder.encode(payloadOf(claims)))
    .setProtectedHeader({ alg: SIGNING_ALGORITHM, kid: signing.kid })
    .sign(signing.privateKey);
  return { keyId: signing.kid, signature };
}

export type SealCheck = 'valid' | 'forged' | 'unknown_key';

/**
 * Whether the signature is by one of our keys and says exactly what the row says. A seal does not
 * expire, so a key retired long ago still checks the seals it made.
 */
export async function checkSeal(keys: SigningKeys, keyId: string, signature: string, claims: SealClaims): Promise<SealCheck> {
  const key = keys.known.get(keyId);
  if (!key) return 'unknown_key';
  try {
    const { payload, protectedHeader } = await compactVerify(signature, key.publicKey, { algorithms: [SIGNING_ALGORITHM] });
    if (protectedHeader.kid !== keyId) return 'forged';
    return decoder.decode(payload) === payloadOf(claims) ? 'valid' : 'forged';
  } catch {
    return 'forged';
  }
}
