export function displayName(user: { firstName: string | null; lastName: string | null; username: string }): string {
  const name = [user.firstName, user.lastName].filter(Boolean).join(' ').trim();
  return name || user.username;
}
