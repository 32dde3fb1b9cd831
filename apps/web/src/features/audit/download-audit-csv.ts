import type { AuditFilter } from '../../gql/graphql';
import { refresher } from '../auth/refresh';
import { session } from '../auth/session.store';

/** The server's export of each trail (apps/server/src/http/audit-export.ts) and the name the file is saved under. */
export const AUDIT_EXPORTS = {
  tenant: { path: '/audit/export.csv', fileStem: 'audit-log' },
  platform: { path: '/platform/audit/export.csv', fileStem: 'platform-audit' },
} as const;
export type AuditTrail = keyof typeof AUDIT_EXPORTS;

/** The export's address for a filter: the same parameters the server route reads. */
export function auditExportUrl(filter: AuditFilter, trail: AuditTrail = 'tenant'): string {
  const base = AUDIT_EXPORTS[trail].path;
  const params = new URLSearchParams();
  const values: Array<[string, unknown]> = [
    ['action', filter.action],
    ['actor', filter.actorId],
    ['target', filter.targetId],
    ['involving', filter.involvingId],
    ['from', filter.from],
    ['to', filter.to],
  ];
  for (const [key, value] of values) if (typeof value === 'string' && value) params.set(key, value);
  const query = params.toString();
  return query ? `${base}?${query}` : base;
}

interface DownloadDeps {
  getAccessToken: () => string | null;
  refresh: () => Promise<boolean>;
  fetch: typeof fetch;
}

const appDeps: DownloadDeps = {
  getAccessToken: () => session.getAccessToken(),
  refresh: () => refresher.refresh(),
  fetch: (...args) => fetch(...args),
};

/**
 * Fetches the whole filtered trail from the server with the bearer token, then hands it to the
 * browser's save dialog. A link with the token in it would leave the credential in history and logs.
 */
export async function fetchAuditCsv(filter: AuditFilter, trail: AuditTrail = 'tenant', deps: DownloadDeps = appDeps): Promise<Blob> {
  const url = auditExportUrl(filter, trail);
  const attempt = () => {
    const token = deps.getAccessToken();
    return deps.fetch(url, { headers: token ? { Authorization: `Bearer ${token}` } : {}, credentials: 'omit' });
  };
  let response = await attempt();
  // The access token is short-lived: renew it once, as the GraphQL client does.
  if (response.status === 401 && (await deps.refresh())) response = await attempt();
  if (!response.ok) {
    const message = response.headers.get('content-type')?.startsWith('text/plain') ? await response.text() : '';
    throw new Error(message || `The server answered ${response.status}. Please try again.`);
  }
  return response.blob();
}

export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
