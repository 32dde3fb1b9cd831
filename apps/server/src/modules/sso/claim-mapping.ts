import { BadUserInputError } from '../../kernel/errors.js';
import { validEmail } from '../users/user-fields.js';
import { claimMissing } from './sso.errors.js';

/** Which claim of a tenant's provider holds each of our user fields; providers disagree on names. */
export interface ClaimMapping {
  username: string;
  email: string;
  firstName: string;
  lastName: string;
  /** The claim listing the user's groups or roles at the provider, when the tenant maps roles. */
  role?: string;
}

export const STANDARD_CLAIMS: ClaimMapping = {
  username: 'preferred_username',
  email: 'email',
  firstName: 'given_name',
  lastName: 'family_name',
};

/** Who the provider says signed in, in our terms. */
export interface ExternalIdentity {
  /** The provider's stable id for the user (`sub`): unlike an email, it is never reassigned. */
  subject: string;
  email: string;
  username: string;
  firstName: string | null;
  lastName: string | null;
  roleClaimValues: string[];
}

function text(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed.length === 0 ? null : trimmed;
}

function required(claims: Readonly<Record<string, unknown>>, claim: string): string {
  const value = text(claims[claim]);
  if (value === null) throw claimMissing(claim, claims[claim] === undefined ? 'missing' : 'invalid');
  return value;
}

function roleValues(claims: Readonly<Record<string, unknown>>, claim: string | undefined): string[] {
  if (claim === undefined) return [];
  const value = claims[claim];
  // A user in no group is often sent without the claim at all.
  if (value === undefined) return [];
  if (typeof value === 'string') return [value];
  // Anything else means the mapping names the wrong claim: refusing says so, where granting no roles would hide it.
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) throw claimMissing(claim, 'invalid');
  return value;
}

/** Maps verified claims to an identity, refusing (CLAIM_MISSING, naming the claim) what we cannot sign anyone in with. */
export function identityFromClaims(claims: Readonly<Record<string, unknown>>, mapping: ClaimMapping): ExternalIdentity {
  // Compared exactly, as the provider sent it: no trimming.
  const subject = claims.sub;
  if (typeof subject !== 'string' || subject.length === 0) throw claimMissing('sub', subject === undefined ? 'missing' : 'invalid');
  const rawEmail = required(claims, mapping.email);
  let email: string;
  try {
    email = validEmail(rawEmail, mapping.email);
  } catch (error) {
    if (error instanceof BadUserInputError) throw claimMissing(mapping.email, 'invalid');
    throw error;
  }
  return {
    subject,
    email,
    username: required(claims, mapping.username),
    firstName: text(claims[mapping.firstName]),
    lastName: text(claims[mapping.lastName]),
    roleClaimValues: roleValues(claims, mapping.role),
  };
}
