import { decodeProtectedHeader, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import { SIGNING_ALGORITHM, type SigningKeys } from './signing-keys.js';

/** Every token this server signs names it as issuer; the audience says what the token is for. */
const ISSUER = 'access';

export interface JwtFields {
  /** Which kind of token: one audience is never accepted where another is expected. */
  audience: string;
  subject: string;
  /** Seconds since the epoch. */
  issuedAt: number;
  expiresAt: number;
  jti?: string;
}

/** Signs with the active key and names it in `kid`, so a rotated-out key still verifies its own tokens. */
export function signJwt(keys: SigningKeys, claims: Record<string, unknown>, fields: JwtFields): Promise<string> {
  const signing = keys.active;
  const jwt = new SignJWT(claims)
    .setProtectedHeader({ alg: SIGNING_ALGORITHM, kid: signing.kid, typ: 'JWT' })
    .setSubject(fields.subject)
    .setIssuer(ISSUER)
    .setAudience(fields.audience)
    .setIssuedAt(fields.issuedAt)
    .setExpirationTime(fields.expiresAt);
  if (fields.jti) jwt.setJti(fields.jti);
  return jwt.sign(signing.privateKey);
}

/**
 * The payload of a token signed by one of our verifying keys for `audience`, with our issuer and
 * algorithm, not expired at `now`; null for anything else, including an unknown `kid`.
 */
export async function verifyJwt(keys: SigningKeys, token: string, audience: string, now: number): Promise<JWTPayload | null> {
  try {
    const { kid } = decodeProtectedHeader(token);
    const key = kid ? keys.verifying.get(kid) : undefined;
    if (!key) return null;
    const { payload } = await jwtVerify(token, key.publicKey, {
      issuer: ISSUER,
      audience,
      algorithms: [SIGNING_ALGORITHM],
      currentDate: new Date(now),
    });
    return payload;
  } catch {
    return null;
  }
}
