import type { DataSource } from 'typeorm';
import { loadTenantAccess, type TenantAccess } from './tenant-access.js';

/**
 * One compiled access model per tenant and access version. Every change to roles or grants bumps
 * the tenant's version in the database, and requests read the version with the principal, so a
 * stale model is never used, on this instance or any other.
 */
export class TenantAccessCache {
  private readonly entries = new Map<string, Promise<TenantAccess>>();

  constructor(private readonly dataSource: DataSource) {}

  get(tenantId: string, version: number): Promise<TenantAccess> {
    const cached = this.entries.get(tenantId);
    if (cached) {
      return cached.then((access) => (access.version >= version ? access : this.reload(tenantId, version)));
    }
    return this.reload(tenantId, version);
  }

  private reload(tenantId: string, version: number): Promise<TenantAccess> {
    const loading = loadTenantAccess(this.dataSource.manager, tenantId, version);
    this.entries.set(tenantId, loading);
    loading.catch(() => this.entries.delete(tenantId));
    return loading;
  }
}
