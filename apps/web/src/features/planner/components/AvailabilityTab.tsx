import { DataTable } from '../../../ui/DataTable';
import { EmptyState } from '../../../ui/EmptyState';
import type { WorkerProfile } from '../graphql/worker-profile.graphql';
import { formatDay } from '../format';
import { UNAVAILABILITY_SOURCE } from '../planner-labels';

/** Whole days the worker cannot work, from today on: blocked in the portal or approved time off. */
export function AvailabilityTab({ days }: { days: WorkerProfile['unavailableDays'] }) {
  if (days.length === 0) {
    return (
      <EmptyState title="No unavailable days ahead">
        <p>Days the worker blocks in the portal and approved time off appear here.</p>
      </EmptyState>
    );
  }
  return (
    <DataTable
      caption="Unavailable days"
      columns={[
        { key: 'date', header: 'Day', isRowHeader: true, render: (day) => <time dateTime={day.date}>{formatDay(day.date)}</time> },
        { key: 'source', header: 'Why', render: (day) => UNAVAILABILITY_SOURCE[day.source] },
      ]}
      rows={[...days]}
      rowKey={(day) => day.id}
    />
  );
}
