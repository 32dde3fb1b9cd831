import type { PasswordPolicy } from '@access/domain';
import type { DataSource } from 'typeorm';
import { passwordPolicyOf } from '../../users/user-records.js';
import { TenantEntity } from '../tenant.entity.js';

export async function getPasswordPolicy(dataSource: DataSource, tenantId: string): Promise<PasswordPolicy> {
  return passwordPolicyOf(await dataSource.getRepository(TenantEntity).findOneByOrFail({ id: tenantId }));
}
