import { useQuery } from '@apollo/client/react';
import { PortalPage, PortalSection } from '../shell/PortalPage';
import { QueryStatus } from '../shell/QueryStatus';
import { MY_WORKING_HOURS_QUERY } from './working-hours.graphql';

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

const hours = (value: number | null | undefined) => (value === null || value === undefined ? 'Not set' : `${value} h`);

/** My Working Hours: what the scheduler set, read-only (changes go through the scheduler). */
export function WorkingHoursPage() {
  const { data, error, refetch } = useQuery(MY_WORKING_HOURS_QUERY);
  const workingHours = data?.myWorkingHours;

  return (
    <PortalPage title="My Working Hours" description="Set by your scheduler. Ask them if something here should change.">
      {!workingHours ? (
        <QueryStatus error={error} onRetry={() => void refetch()} />
      ) : (
        <>
          <div className="portal-item">
            <dl className="portal-item__facts">
              <div>
                <dt>Contracted per week</dt>
                <dd>{hours(workingHours.contractedHoursPerWeek)}</dd>
              </div>
              <div>
                <dt>Maximum per week</dt>
                <dd>{hours(workingHours.maxHoursPerWeek)}</dd>
              </div>
            </dl>
          </div>
          <PortalSection title="Working days" id="working-days">
            {workingHours.days.length === 0 ? (
              <p className="portal-empty">No working days are set.</p>
            ) : (
              <ul className="portal-rows" aria-label="Working days">
                {[...workingHours.days]
                  .sort((a, b) => a.weekday - b.weekday || a.start.localeCompare(b.start))
                  .map((day) => (
                    <li key={`${day.weekday}-${day.start}`} className="portal-row">
                      <span className="portal-row__main">
                        <strong>{WEEKDAYS[day.weekday - 1] ?? `Day ${day.weekday}`}</strong>
                        <span>
                          {day.start} – {day.end}
                        </span>
                      </span>
                    </li>
                  ))}
              </ul>
            )}
          </PortalSection>
        </>
      )}
    </PortalPage>
  );
}
