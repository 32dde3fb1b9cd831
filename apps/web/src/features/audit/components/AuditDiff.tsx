import { Link } from 'react-router';
import type { AuditEntryRow } from '../graphql/audit.graphql';
import { auditDiff, formatValue } from '../audit-diff';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface AuditDiffProps {
  entry: AuditEntryRow;
  labelOf: (id: string) => string | undefined;
  /** The page the target and actor links filter: the tenant's audit log, or the platform's. */
  auditPath?: string;
}

/** The before/after of one entry: changed keys only, lists as added and removed items. */
export function AuditDiff({ entry, labelOf, auditPath = '/settings/audit' }: AuditDiffProps) {
  const lines = auditDiff(entry.before, entry.after);
  const show = (value: unknown) => {
    const text = formatValue(value);
    const label = typeof value === 'string' && UUID.test(value) ? labelOf(value) : undefined;
    return label ? (
      <span title={text}>
        {label} <span className="muted mono">({text.slice(0, 8)}…)</span>
      </span>
    ) : (
      <span className="mono">{text}</span>
    );
  };
  return (
    <div className="audit-diff">
      <dl className="audit-diff__meta">
        <div>
          <dt>Target id</dt>
          <dd className="mono">
            {entry.targetId ? (
              <Link to={`${auditPath}?target=${encodeURIComponent(entry.targetId)}`} title="Show every entry about this target">
                {entry.targetId}
              </Link>
            ) : (
              '—'
            )}
          </dd>
        </div>
        <div>
          <dt>Actor id</dt>
          <dd className="mono">
            {entry.actor.userId || entry.actor.superAdminId ? (
              <Link
                to={`${auditPath}?actor=${encodeURIComponent(entry.actor.userId ?? entry.actor.superAdminId ?? '')}`}
                title="Show every entry by this actor"
              >
                {entry.actor.userId ?? entry.actor.superAdminId}
              </Link>
            ) : (
              '—'
            )}
          </dd>
        </div>
        {entry.originIp && (
          <div>
            <dt>From</dt>
            <dd className="mono">{entry.originIp}</dd>
          </div>
        )}
      </dl>
      {lines.length === 0 ? (
        <p className="muted">No field changed.</p>
      ) : (
        <table className="audit-diff__table">
          <caption className="visually-hidden">Changes</caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Before</th>
              <th scope="col">After</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <tr key={line.key}>
                <th scope="row" className="mono">
                  {line.key}
                </th>
                {line.kind === 'value' ? (
                  <>
                    <td className="audit-diff__old">{show(line.before)}</td>
                    <td className="audit-diff__new">{show(line.after)}</td>
                  </>
                ) : (
                  <>
                    <td className="audit-diff__old">
                      <ul className="audit-diff__items">
                        {line.removed.map((item) => (
                          <li key={JSON.stringify(item)} className="audit-diff__removed">
                            <span aria-hidden="true">−</span>
                            <span className="visually-hidden">Removed:</span> {show(item)}
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td className="audit-diff__new">
                      <ul className="audit-diff__items">
                        {line.added.map((item) => (
                          <li key={JSON.stringify(item)} className="audit-diff__added">
                            <span aria-hidden="true">+</span>
                            <span className="visually-hidden">Added:</span> {show(item)}
                          </li>
                        ))}
                        {line.unchanged > 0 && <li className="muted">{line.unchanged} unchanged</li>}
                      </ul>
                    </td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
