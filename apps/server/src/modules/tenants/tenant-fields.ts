import { checkTenantSlug } from '@access/domain';
import { BadUserInputError } from '../../kernel/errors.js';

export const TENANT_NAME_MAX_LENGTH = 200;

export function validTenantSlug(raw: string, field = 'slug'): string {
  const check = checkTenantSlug(raw);
  if (!check.ok) throw new BadUserInputError(field, check.message, { reason: `SLUG_${check.problem.toUpperCase()}` });
  return check.slug;
}

export function validTenantName(raw: string, field = 'name'): string {
  const name = raw.trim();
  if (name.length === 0) throw new BadUserInputError(field, 'Enter the organisation\'s name');
  if (name.length > TENANT_NAME_MAX_LENGTH) throw new BadUserInputError(field, `Keep the name within ${TENANT_NAME_MAX_LENGTH} characters`);
  return name;
}
