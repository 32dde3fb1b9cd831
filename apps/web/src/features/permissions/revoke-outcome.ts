/** What the server answered to a revoke (role or user), as far as the outcome message reads it. */
export interface RevokeAnswer {
  revoked: readonly string[];
  cascaded: readonly string[];
  notOwned: readonly string[];
  rolesAffected?: ReadonlyArray<{ roleName: string; inactive: readonly string[] }>;
  usersAffected: ReadonlyArray<{ userId: string; inactive: readonly string[] }>;
}

export interface RevokeOutcome {
  title: string;
  lines: string[];
}

/**
 * The outcome of a revoke in the server's words, not the plan the page made: what was removed,
 * what the cascade took with it, and what is left inactive.
 */
export function revokeOutcome(
  answer: RevokeAnswer,
  target: { kind: 'role' | 'user'; id: string; name: string },
  key: string,
  nameOf: (key: string) => string,
): RevokeOutcome {
  const names = (keys: readonly string[]) => keys.map(nameOf).join(', ');
  const lines: string[] = [];
  if (answer.cascaded.length > 0) lines.push(`Also revoked (cascade): ${names(answer.cascaded)}.`);
  if (answer.notOwned.length > 0) {
    const owner = target.kind === 'role' ? 'the role itself' : `${target.name} directly`;
    lines.push(`Not held by ${owner}, so nothing removed: ${names(answer.notOwned)}.`);
  }
  for (const impact of answer.rolesAffected ?? []) lines.push(`Now inactive for ${impact.roleName}: ${names(impact.inactive)}.`);
  if (target.kind === 'user') {
    const own = answer.usersAffected.find((impact) => impact.userId === target.id);
    if (own) lines.push(`Now inactive for ${target.name}: ${names(own.inactive)}.`);
  } else if (answer.usersAffected.length > 0) {
    const count = answer.usersAffected.length;
    lines.push(`${count} ${count === 1 ? 'user is' : 'users are'} left with inactive permissions.`);
  }
  const title = answer.revoked.includes(key) ? `${target.name}: ${nameOf(key)} revoked` : `${target.name}: nothing revoked`;
  return { title, lines };
}
