import { useRef, type ReactNode } from 'react';
import { useHorizontalOverflow } from './use-horizontal-overflow';

export interface Column<Row> {
  key: string;
  header: string;
  render: (row: Row) => ReactNode;
  /** Right-align numbers, centre flags. */
  align?: 'start' | 'end' | 'center';
  /** Marks the column that names the row (rendered as a row header for screen readers). */
  isRowHeader?: boolean;
  /** The column header becomes a sort button (the table's `onSort` decides what that means). */
  sortable?: boolean;
}

export type SortDirection = 'asc' | 'desc';

export interface TableSort {
  key: string;
  direction: SortDirection;
}

export interface DataTableProps<Row> {
  caption: string;
  columns: Array<Column<Row>>;
  rows: Row[];
  rowKey: (row: Row) => string;
  /** Keep the caption for assistive technology only. */
  hideCaption?: boolean;
  /** The current order, shown with aria-sort on the sorted column. */
  sort?: TableSort | null;
  onSort?: (key: string) => void;
  rowClassName?: (row: Row) => string | undefined;
}

function SortIcon({ direction }: { direction: SortDirection | null }) {
  return (
    <svg className="table__sort-icon" viewBox="0 0 12 12" width="12" height="12" aria-hidden="true">
      <path d="M3 5l3-3 3 3" fill="none" stroke="currentColor" strokeWidth="1.4" opacity={direction === 'desc' ? 0.3 : 1} />
      <path d="M3 7l3 3 3-3" fill="none" stroke="currentColor" strokeWidth="1.4" opacity={direction === 'asc' ? 0.3 : 1} />
    </svg>
  );
}

export function DataTable<Row>({ caption, columns, rows, rowKey, hideCaption = true, sort, onSort, rowClassName }: DataTableProps<Row>) {
  const wrap = useRef<HTMLDivElement>(null);
  // A table wider than the page scrolls inside its frame; the keyboard must be able to scroll it too.
  const scrolls = useHorizontalOverflow(wrap);
  return (
    <div ref={wrap} className="table-wrap" {...(scrolls ? { tabIndex: 0, role: 'region', 'aria-label': caption } : {})}>
      <table className="table">
        <caption className={hideCaption ? 'visually-hidden' : 'table__caption'}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => {
              const sorted = sort?.key === column.key ? sort.direction : null;
              return (
                <th
                  key={column.key}
                  scope="col"
                  className={`align-${column.align ?? 'start'}`}
                  aria-sort={column.sortable && onSort ? (sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none') : undefined}
                >
                  {column.sortable && onSort ? (
                    <button
                      type="button"
                      className={sorted ? 'table__sort table__sort--active' : 'table__sort'}
                      onClick={() => onSort(column.key)}
                    >
                      {column.header}
                      <SortIcon direction={sorted} />
                    </button>
                  ) : (
                    column.header
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} className={rowClassName?.(row)}>
              {columns.map((column) =>
                column.isRowHeader ? (
                  <th key={column.key} scope="row" className={`align-${column.align ?? 'start'}`}>
                    {column.render(row)}
                  </th>
                ) : (
                  <td key={column.key} className={`align-${column.align ?? 'start'}`}>
                    {column.render(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
