import { describe, expect, it } from 'vitest';
import { dayToIso, readAuditFilters, toAuditFilter } from './audit-filter';

describe('audit filters from the address', () => {
  it('reads every known filter and nothing else', () => {
    expect(readAuditFilters(new URLSearchParams('action=tenant.&actor=a1&from=2026-03-01&page=2'))).toEqual({
      action: 'tenant.',
      actor: 'a1',
      target: '',
      from: '2026-03-01',
      to: '',
    });
  });

  it('turns local days into instants, the "to" day included up to its end', () => {
    expect(dayToIso('2026-03-01', false)).toBe(new Date(2026, 2, 1).toISOString());
    expect(dayToIso('2026-03-01', true)).toBe(new Date(2026, 2, 2).toISOString());
    expect(dayToIso('1 March', false)).toBeNull();
  });

  it('sends only what is set, trimmed', () => {
    expect(toAuditFilter({ action: ' tenant.suspend ', actor: '', target: 't1', from: '', to: '2026-03-01' })).toEqual({
      action: 'tenant.suspend',
      actorId: null,
      targetId: 't1',
      from: null,
      to: new Date(2026, 2, 2).toISOString(),
    });
  });
});
