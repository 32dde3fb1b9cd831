import { checkTenantSlug, TENANT_SLUG_MAX_LENGTH } from '@access/domain';
import { describe, expect, it } from 'vitest';
import { suggestSlug } from './slug-suggestion';

describe('suggestSlug', () => {
  it('turns an organisation name into a sign-in name people can type', () => {
    expect(suggestSlug('Harbour Logistics')).toBe('harbour-logistics');
    expect(suggestSlug('  Müller & Söhne GmbH ')).toBe('muller-sohne-gmbh');
    expect(suggestSlug('Café Zoë -- Lyon')).toBe('cafe-zoe-lyon');
  });

  it('starts with a letter and ends without a hyphen, as the slug rule requires', () => {
    expect(suggestSlug('3M Partners')).toBe('m-partners');
    expect(suggestSlug('Acme (Europe)')).toBe('acme-europe');
    expect(suggestSlug('2024')).toBe('');
  });

  it('stays within the length limit without a trailing hyphen at the cut', () => {
    const long = `${'a'.repeat(TENANT_SLUG_MAX_LENGTH - 1)} b`;
    const slug = suggestSlug(long);
    expect(slug).toBe('a'.repeat(TENANT_SLUG_MAX_LENGTH - 1));
    expect(checkTenantSlug(slug).ok).toBe(true);
  });

  it('suggests only slugs the domain check accepts, reserved words aside', () => {
    for (const name of ['Harbour Logistics', 'Zoë & Co.', 'Nordic  Freight -- AB', 'x-Ray 9']) {
      expect(checkTenantSlug(suggestSlug(name)), name).toMatchObject({ ok: true });
    }
    expect(checkTenantSlug(suggestSlug('Support'))).toMatchObject({ ok: false, problem: 'reserved' });
  });
});
