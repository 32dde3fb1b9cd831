import type { AuditChainFieldsFragment } from '../../../gql/graphql';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

/**
 * What the trail's hash chain says about its integrity. The server seals the chain every few
 * minutes; the full walk is the operator's `verify-audit` command, which this points to when a
 * seal no longer holds.
 */
export function AuditChainNotice({ status }: { status: AuditChainFieldsFragment | null | undefined }) {
  if (!status) return null;
  const pending = status.entries - status.sealedEntries;
  if (status.sealIntact === false) {
    return (
      <p className="audit-chain audit-chain--broken" role="alert">
        Chain broken: the latest seal no longer matches the audit trail. Entries may have been changed in the database; run{' '}
        <code>verify-audit</code> to find where.
      </p>
    );
  }
  if (status.sealIntact === null || !status.verifiedUpTo) {
    return (
      <p className="audit-chain" role="status">
        Chain not sealed yet: {status.entries} {status.entries === 1 ? 'entry' : 'entries'}, sealed every few minutes.
      </p>
    );
  }
  return (
    <p className="audit-chain audit-chain--verified" role="status">
      <span aria-hidden="true">✓ </span>
      Chain verified up to <time dateTime={status.verifiedUpTo}>{dateTime.format(new Date(status.verifiedUpTo))}</time>
      {pending > 0 ? ` · ${pending} newer ${pending === 1 ? 'entry' : 'entries'} not yet sealed` : ''}
    </p>
  );
}
