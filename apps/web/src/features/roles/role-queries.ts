/**
 * Queries that show roles, their parents or their permissions. Role changes refetch whichever of
 * them are on screen; pages revalidate on visit (`cache-and-network`), so nothing stays stale.
 */
export const ROLE_QUERIES = ['Roles', 'Role', 'RoleInheritance', 'PermissionMatrix'];

/** After a grant or revoke the signed-in user's own permissions may have changed too. */
export const ACCESS_QUERIES = [...ROLE_QUERIES, 'Me'];
