import { hash, verify } from '@node-rs/argon2';

/** OWASP's argon2id baseline: 19 MiB, 2 iterations, 1 lane. */
const options = {
  // Algorithm.Argon2id; the package declares it as an ambient const enum, which isolatedModules cannot inline.
  algorithm: 2,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Checks a password against a stored hash: the sign-in use cases reach it through AuthDeps. */
export interface PasswordVerifier {
  verify(passwordHash: string, password: string): Promise<boolean>;
}

export const argon2Verifier: PasswordVerifier = { verify: verifyPassword };

/**
 * The hash of a random password nobody knows, made with the options above (a test holds them
 * equal): verifying against it costs what verifying a real one does. A constant, so the first
 * unknown username is no slower than the next, and nothing is computed at start-up.
 */
export const DUMMY_PASSWORD_HASH = '$argon2id$v=19$m=19456,t=2,p=1$P4wT9rRcdmHPK2fIYMlqXA$EN6484scGa6YKH9kj6pQ4G5hyh2wV1dmtTHOPCgjHtE';

/**
 * Spends the same time as a real verification, so an unknown username cannot be told apart
 * from a wrong password by timing.
 */
export async function verifyAgainstDummy(password: string, verifier: PasswordVerifier = argon2Verifier): Promise<false> {
  await verifier.verify(DUMMY_PASSWORD_HASH, password);
  return false;
}
