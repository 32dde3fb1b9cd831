import type { UserGrant } from '../access-model.js';
import type { RoleNode } from '../role-graph.js';

/** Seed 002's example: Senior Buyer inherits Buyer and adds Approve Purchase Orders on top. */
export const buyer: RoleNode = {
  id: 'buyer',
  name: 'Buyer',
  parentIds: [],
  permissions: ['purchasing.access', 'purchasing.orders.read', 'purchasing.orders.create'],
};
export const seniorBuyer: RoleNode = {
  id: 'senior',
  name: 'Senior Buyer',
  parentIds: ['buyer'],
  permissions: ['purchasing.orders.approve'],
};
export const headBuyer: RoleNode = {
  id: 'head',
  name: 'Head Buyer',
  parentIds: ['senior'],
  permissions: ['purchasing.suppliers.read'],
};
export const worker: RoleNode = { id: 'worker', name: 'Worker', parentIds: [], permissions: [] };
/** Holds a permission without its prerequisites, as stored data may after a revoke. */
export const clerk: RoleNode = {
  id: 'clerk',
  name: 'Clerk',
  parentIds: [],
  permissions: ['purchasing.orders.approve'],
};

export const roles: readonly RoleNode[] = [buyer, seniorBuyer, headBuyer, worker, clerk];

export const maria: UserGrant = { id: 'u-maria', name: 'Maria', roleId: 'senior', direct: [] };
export const tom: UserGrant = {
  id: 'u-tom',
  name: 'Tom',
  roleId: 'buyer',
  direct: ['vault.access', 'vault.secrets.read', 'purchasing.orders.approve'],
};
export const carl: UserGrant = { id: 'u-carl', name: 'Carl', roleId: 'clerk', direct: [] };
export const hana: UserGrant = { id: 'u-hana', name: 'Hana', roleId: 'head', direct: [] };
export const users: readonly UserGrant[] = [maria, tom, carl, hana];
