import { TENANT_SLUG_MAX_LENGTH } from '@access/domain';

/**
 * A sign-in name proposed from the organisation's name: accents dropped, lower case, anything
 * else a single hyphen, starting with a letter as `checkTenantSlug` requires. Only a proposal: the
 * form still checks it, since a name such as "Support" gives a reserved slug.
 */
export function suggestSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[^a-z]+/, '')
    .slice(0, TENANT_SLUG_MAX_LENGTH)
    .replace(/-+$/, '');
}
