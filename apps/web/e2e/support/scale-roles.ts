import { gqlData } from './api';

/** Roles 11..50 inherit from the role ten before them: chains up to five roles deep. */
const INHERIT_STEP = 10;

export const scaleRoleName = (index: number) => `Scale Role ${String(index + 1).padStart(2, '0')}`;

/**
 * Creates `count` roles named "Scale Role NN" over the API, with inheritance, and gives every other
 * one (all of the last role's ancestors among them) two permissions that have prerequisites,
 * granted together with those, so granted, inherited, unavailable and off cells all occur.
 * `dependent` is the catalogue's permissions with prerequisites. Returns the ids in order.
 */
export async function createScaleRoles(baseURL: string, accessToken: string, count: number, dependent: readonly string[]): Promise<string[]> {
  const ids: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const parentIds = index >= INHERIT_STEP ? [ids[index - INHERIT_STEP]] : [];
    const created = await gqlData<{ createRole: { id: string } }>(
      baseURL,
      'mutation($input: CreateRoleInput!) { createRole(input: $input) { id } }',
      { input: { name: scaleRoleName(index), parentIds } },
      accessToken,
    );
    ids.push(created.createRole.id);
    if (index % 2 === 1) {
      const keys = [dependent[index % dependent.length]!, dependent[(index * 7 + 3) % dependent.length]!];
      await gqlData(
        baseURL,
        'mutation($roleId: ID!, $keys: [String!]!) { grantRolePermissions(roleId: $roleId, keys: $keys, withPrerequisites: true) { granted } }',
        { roleId: created.createRole.id, keys },
        accessToken,
      );
    }
  }
  return ids;
}
