import { errorDetails } from '../../../apollo';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { EmptyState } from '../../../ui/EmptyState';
import { Loading } from '../../../ui/Loading';
import type { AuditEntryRow } from '../graphql/audit.graphql';
import { AuditEntriesTable, type AuditEntriesTableProps } from './AuditEntriesTable';

export interface AuditConnection {
  edges: ReadonlyArray<{ node: AuditEntryRow }>;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  totalCount: number;
  /** More entries match than totalCount: the server stops counting at 10 000. */
  totalCountCapped?: boolean;
}

export interface AuditResultsProps extends Pick<AuditEntriesTableProps, 'labelOf' | 'resetKey' | 'auditPath'> {
  connection: AuditConnection | undefined;
  error: unknown;
  loadingMore: boolean;
  /** Whether a filter narrows the list: the empty state then says how to widen it. */
  filtered: boolean;
  /** What the page calls its trail ("the audit log"), and what appears in it when nothing has yet. */
  trail: string;
  emptyHint: string;
  onRetry: () => void;
  onLoadMore: (after: string | null | undefined) => void;
}

/** An audit trail's list under its filters: loading, failure, empty, or the entries with "Load more". */
export function AuditResults({ connection, error, loadingMore, filtered, trail, emptyHint, onRetry, onLoadMore, ...table }: AuditResultsProps) {
  const entries = connection?.edges.map((edge) => edge.node) ?? [];
  return (
    <>
      {error != null && (
        <Alert title={connection ? 'Could not load more entries' : `Could not load ${trail}`} action={<Button onClick={onRetry}>Try again</Button>}>
          {errorDetails(error).message}
        </Alert>
      )}
      {!connection && error == null && <Loading label={`Loading ${trail}…`} />}
      {connection && entries.length === 0 && (
        <EmptyState title={filtered ? 'No entry matches these filters' : 'Nothing has been recorded yet'}>
          <p>{filtered ? 'Widen the date range or clear a filter.' : emptyHint}</p>
        </EmptyState>
      )}
      {connection && entries.length > 0 && (
        <>
          <AuditEntriesTable entries={entries} {...table} />
          <div className="audit-footer">
            <p className="muted" aria-live="polite">
              Showing {entries.length} of {connection.totalCount}
              {connection.totalCountCapped ? '+' : ''}
            </p>
            {connection.pageInfo.hasNextPage && (
              <Button pending={loadingMore} onClick={() => onLoadMore(connection.pageInfo.endCursor)}>
                {loadingMore ? 'Loading…' : 'Load more'}
              </Button>
            )}
          </div>
        </>
      )}
    </>
  );
}

/** Apply, and Clear while a filter is on: the end of both audit pages' filter rows. */
export function AuditFilterActions({ filtered, onClear }: { filtered: boolean; onClear: () => void }) {
  return (
    <div className="audit-filters__actions">
      <Button type="submit" variant="primary">
        Apply filters
      </Button>
      {filtered && (
        <Button variant="ghost" onClick={onClear}>
          Clear
        </Button>
      )}
    </div>
  );
}
