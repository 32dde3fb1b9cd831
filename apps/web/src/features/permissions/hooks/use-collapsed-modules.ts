import { useCallback, useState } from 'react';

/** Above this many permissions the Permissions Manager opens with every module collapsed. */
const OPEN_BY_DEFAULT_UP_TO = 120;

/**
 * Which modules are collapsed, shared by both views so switching keeps what was open. Small
 * catalogues start fully open; large ones start with every module closed.
 */
export function useCollapsedModules(moduleKeys: readonly string[], totalPermissions: number) {
  const [collapsed, setCollapsed] = useState<ReadonlySet<string> | null>(null);
  const startClosed = totalPermissions > OPEN_BY_DEFAULT_UP_TO;

  const isCollapsed = useCallback((key: string) => (collapsed ? collapsed.has(key) : startClosed), [collapsed, startClosed]);

  const toggleModule = useCallback(
    (key: string) =>
      setCollapsed((current) => {
        const next = new Set(current ?? (startClosed ? moduleKeys : []));
        if (next.has(key)) next.delete(key);
        else next.add(key);
        return next;
      }),
    [moduleKeys, startClosed],
  );

  const expandAll = useCallback(() => setCollapsed(new Set()), []);
  const collapseAll = useCallback(() => setCollapsed(new Set(moduleKeys)), [moduleKeys]);

  return { isCollapsed, toggleModule, expandAll, collapseAll };
}
