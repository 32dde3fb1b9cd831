import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkTenantSlug, RESERVED_TENANT_SLUGS, TENANT_SLUG_MAX_LENGTH } from './slug.js';

describe('checkTenantSlug', () => {
  it.each([
    ['acme', 'acme'],
    ['  globex-eu  ', 'globex-eu'],
    ['a1', 'a1'],
    ['x'.repeat(TENANT_SLUG_MAX_LENGTH), 'x'.repeat(TENANT_SLUG_MAX_LENGTH)],
  ])('accepts %j as %j', (input, slug) => {
    expect(checkTenantSlug(input)).toEqual({ ok: true, slug });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['a', 'too_short'],
    ['x'.repeat(TENANT_SLUG_MAX_LENGTH + 1), 'too_long'],
    ['Acme', 'characters'],
    ['acme corp', 'characters'],
    ['acmé', 'characters'],
    ['acme_eu', 'characters'],
    ['acme.eu', 'characters'],
    ['1acme', 'edges'],
    ['-acme', 'edges'],
    ['acme-', 'edges'],
    ['acme--eu', 'edges'],
    ['admin', 'reserved'],
    ['superadmin', 'reserved'],
  ])('refuses %j (%s)', (input, problem) => {
    const check = checkTenantSlug(input);
    expect(check.ok).toBe(false);
    if (!check.ok) {
      expect(check.problem).toBe(problem);
      expect(check.message.length).toBeGreaterThan(0);
    }
  });

  it('accepts exactly the DNS-label-like slugs that are not reserved', () => {
    const label = /^[a-z](?:[a-z0-9]|-(?!-))*[a-z0-9]$/;
    fc.assert(
      fc.property(fc.stringMatching(/^[a-zA-Z0-9 ._-]{0,70}$/), (input) => {
        const trimmed = input.trim();
        const expected = trimmed.length <= TENANT_SLUG_MAX_LENGTH && label.test(trimmed) && !RESERVED_TENANT_SLUGS.has(trimmed);
        expect(checkTenantSlug(input).ok).toBe(expected);
      }),
    );
  });
});
