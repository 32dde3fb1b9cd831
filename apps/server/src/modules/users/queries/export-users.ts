import { stringify } from 'csv-stringify/sync';
import type { UserFilterInput } from '../dto/user-filter.input.js';
import { EXPORT_COLUMNS } from '../csv/columns.js';
import type { UserList } from './list-users.js';
import type { UserType } from '../types/user.type.js';

const PAGE = 100;

function row(user: UserType): Record<(typeof EXPORT_COLUMNS)[number], string> {
  return {
    username: user.username,
    email: user.email,
    firstName: user.firstName ?? '',
    lastName: user.lastName ?? '',
    phone: user.phone ?? '',
    jobTitle: user.jobTitle ?? '',
    department: user.department ?? '',
    location: user.location ?? '',
    origin: user.origin,
    role: user.role.name,
    holdInvite: String(user.holdInvite),
    externalPlannerAccess: String(user.externalPlannerAccess),
    externalPurchasingAccess: String(user.externalPurchasingAccess),
    portalAccess: String(user.portalAccess),
    twoFactorRequired: String(user.twoFactorRequired),
    state: user.state,
    lastLoginAt: user.lastLoginAt?.toISOString() ?? '',
    createdAt: user.createdAt.toISOString(),
  };
}

/** Every user matching the filter, as CSV with a header row (formula-like cells are quoted safe). */
export async function exportUsers(query: UserList, tenantId: string, filter: UserFilterInput | null, seesDeleted: boolean): Promise<string> {
  const rows: Array<Record<string, string>> = [];
  let after: string | null = null;
  for (;;) {
    const page = await query.list(tenantId, { filter, first: PAGE, after, seesDeleted });
    rows.push(...page.edges.map((edge) => row(edge.node)));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  // A cell starting with = + - @ would run as a formula in a spreadsheet: prefix it with a quote.
  const safe = rows.map((record) =>
    Object.fromEntries(Object.entries(record).map(([key, value]) => [key, /^[=+\-@\t\r]/.test(value) ? `'${value}` : value])),
  );
  return stringify(safe, { header: true, columns: [...EXPORT_COLUMNS] });
}
