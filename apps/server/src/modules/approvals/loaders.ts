import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';

/**
 * Per-request batching for approval groups in a list: one statement for every group's member ids
 * (the users themselves come from the users loader, one more statement for all of them).
 */
export function createApprovalLoaders(dataSource: DataSource, tenantId: string | null) {
  return {
    /** Member ids by name, deactivated members never among them (deactivation removes them). */
    memberIds: new DataLoader<string, string[]>(async (groupIds) => {
      if (!tenantId) return groupIds.map(() => []);
      const rows: Array<{ group_id: string; user_id: string }> = await dataSource.query(
        `SELECT m.group_id, m.user_id FROM approval_group_member m
           JOIN approval_group g ON g.id = m.group_id
           JOIN user_account u ON u.id = m.user_id
          WHERE g.tenant_id = $1 AND m.group_id = ANY($2)
          ORDER BY lower(coalesce(u.last_name, '') || ' ' || coalesce(u.first_name, '') || ' ' || u.username), u.id`,
        [tenantId, [...groupIds]],
      );
      const byGroup = new Map<string, string[]>(groupIds.map((id) => [id, []]));
      for (const row of rows) byGroup.get(row.group_id)?.push(row.user_id);
      return groupIds.map((id) => byGroup.get(id) ?? []);
    }),
  };
}

export type ApprovalLoaders = ReturnType<typeof createApprovalLoaders>;
