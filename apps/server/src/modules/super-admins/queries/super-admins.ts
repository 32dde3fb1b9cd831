import type { DataSource } from 'typeorm';
import { SuperAdminEntity } from '../super-admin.entity.js';
import { toSuperAdminType } from '../super-admin.mapper.js';
import type { SuperAdminType } from '../super-admin.type.js';

/** Every super admin account, active ones first, then by name. */
export async function listSuperAdmins(dataSource: DataSource): Promise<SuperAdminType[]> {
  const admins = await dataSource
    .getRepository(SuperAdminEntity)
    .createQueryBuilder('admin')
    .orderBy('admin.deactivated_at IS NULL', 'DESC')
    .addOrderBy('admin.display_name', 'ASC')
    .getMany();
  return admins.map(toSuperAdminType);
}
