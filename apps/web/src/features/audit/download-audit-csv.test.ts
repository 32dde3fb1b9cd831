import { describe, expect, it, vi } from 'vitest';
import { auditExportUrl, fetchAuditCsv } from './download-audit-csv';

describe('auditExportUrl', () => {
  it('sends every filter the page applies, and nothing for empty ones', () => {
    expect(auditExportUrl({})).toBe('/audit/export.csv');
    expect(
      auditExportUrl({ action: 'role.', actorId: 'a', targetId: null, involvingId: 'u', from: '2026-01-01T00:00:00.000Z', to: null }),
    ).toBe('/audit/export.csv?action=role.&actor=a&involving=u&from=2026-01-01T00%3A00%3A00.000Z');
  });

  it("addresses the platform trail's export with the same parameters", () => {
    expect(auditExportUrl({}, 'platform')).toBe('/platform/audit/export.csv');
    expect(auditExportUrl({ action: 'tenant.', targetId: 't' }, 'platform')).toBe('/platform/audit/export.csv?action=tenant.&target=t');
  });
});

describe('fetchAuditCsv', () => {
  it('renews an expired access token once and retries with the new one', async () => {
    let token = 'old';
    const fetch = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) =>
      (init?.headers as Record<string, string>).Authorization === 'Bearer new' ? new Response('a,b\r\n') : new Response('', { status: 401 }),
    );
    const blob = await fetchAuditCsv({}, 'tenant', { getAccessToken: () => token, refresh: async () => ((token = 'new'), true), fetch });
    expect(await blob.text()).toBe('a,b\r\n');
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(fetch.mock.calls[0]![0]).toBe('/audit/export.csv');
  });

  it("says the server's reason when it refuses", async () => {
    const fetch = vi.fn(async () => new Response('This needs the permission "audit.export"', { status: 403, headers: { 'content-type': 'text/plain; charset=utf-8' } }));
    await expect(fetchAuditCsv({}, 'tenant', { getAccessToken: () => 't', refresh: async () => false, fetch })).rejects.toThrow('audit.export');
  });
});
