import { PERMISSION_KEYS, type Bitset } from '@access/domain';
import type { Principal } from '../auth/principal.js';
import { userGrant } from './tenant-access.js';
import type { TenantAccessCache } from './tenant-access-cache.js';

const EVERY_PERMISSION: ReadonlySet<string> = new Set(PERMISSION_KEYS);
const NONE: ReadonlySet<string> = new Set();

/** A principal's active permissions: role, inherited and direct grants whose prerequisites hold. */
export class ActivePermissions {
  /**
   * The keys of each set of bits the model hands out. A role's active bits are one object for as
   * long as its tenant's access model lives, so everyone holding just that role shares one set
   * instead of every request decoding the bits into a new one.
   */
  private readonly keysByBits = new WeakMap<Bitset, ReadonlySet<string>>();

  constructor(private readonly cache: TenantAccessCache) {}

  async activePermissions(principal: Principal | null): Promise<ReadonlySet<string>> {
    if (!principal) return NONE;
    // A super admin inside a tenant acts as its operator: every tenant permission, every action audited.
    if (principal.kind === 'super_admin') return principal.activeTenantId ? EVERY_PERMISSION : NONE;
    if (principal.pendingPasswordChange) return NONE;
    // External workers are portal-only whatever role they hold, so clients never offer them admin screens.
    if (principal.origin === 'external') return NONE;
    const access = await this.cache.get(principal.tenantId, principal.accessVersion);
    const grant = userGrant(access, { id: principal.userId, roleId: principal.roleId });
    const bits = access.model.userActiveBits(grant);
    let keys = this.keysByBits.get(bits);
    if (!keys) {
      keys = new Set(access.model.catalogue.keysOf(bits));
      this.keysByBits.set(bits, keys);
    }
    return keys;
  }
}
