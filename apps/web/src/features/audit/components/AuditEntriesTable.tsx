import { Fragment, useEffect, useState } from 'react';
import type { AuditEntryRow } from '../graphql/audit.graphql';
import { AuditDiff } from './AuditDiff';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

export interface AuditEntriesTableProps {
  entries: readonly AuditEntryRow[];
  /** Names for ids in before/after values (roles, users), when known. */
  labelOf: (id: string) => string | undefined;
  /** Collapses every open diff when it changes (e.g. new filters). */
  resetKey?: string;
  /** Where the diff's target and actor links lead (see AuditDiff). */
  auditPath?: string;
}

/** Audit entries newest first; each row's before/after diff opens below it. */
export function AuditEntriesTable({ entries, labelOf, resetKey, auditPath }: AuditEntriesTableProps) {
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => setExpanded(new Set()), [resetKey]);

  function toggle(id: string) {
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  return (
    <div className="table-wrap">
      <table className="table audit-table">
        <caption className="visually-hidden">Audit entries, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Time</th>
            <th scope="col">Actor</th>
            <th scope="col">Action</th>
            <th scope="col">Target</th>
            <th scope="col" className="align-end">
              Changes
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const open = expanded.has(entry.id);
            const hasChanges = Boolean(entry.before || entry.after);
            return (
              <Fragment key={entry.id}>
                <tr className={open ? 'audit-row audit-row--open' : 'audit-row'}>
                  <td>
                    <time dateTime={entry.occurredAt}>{dateTime.format(new Date(entry.occurredAt))}</time>
                  </td>
                  <td className="audit-table__text">{entry.actor.label}</td>
                  <th scope="row">
                    <span className="mono">{entry.action}</span>
                  </th>
                  <td className="audit-table__text">
                    {entry.targetLabel ?? <span className="muted">—</span>}
                    <span className="audit-target-type"> {entry.targetType}</span>
                  </td>
                  <td className="align-end">
                    {hasChanges ? (
                      <button
                        type="button"
                        className="link-button"
                        aria-expanded={open}
                        aria-controls={`audit-diff-${entry.id}`}
                        onClick={() => toggle(entry.id)}
                      >
                        {open ? 'Hide changes' : 'Show changes'}
                        <span className="visually-hidden">
                          {' '}
                          of {entry.action} on {entry.targetLabel ?? entry.targetType}
                        </span>
                      </button>
                    ) : (
                      <span className="muted">—</span>
                    )}
                  </td>
                </tr>
                {open && (
                  <tr className="audit-diff-row" id={`audit-diff-${entry.id}`}>
                    <td colSpan={5}>
                      <AuditDiff entry={entry} labelOf={labelOf} auditPath={auditPath} />
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
