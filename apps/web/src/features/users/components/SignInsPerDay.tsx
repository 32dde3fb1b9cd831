import { lazy, Suspense, useId, useMemo } from 'react';
import { signInYear, type SignInDay } from '../sign-ins-by-day';

const SignInsChart = lazy(async () => ({ default: (await import('./SignInsChart')).SignInsChart }));

const utcDay = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
const formatDay = (day: string) => utcDay.format(new Date(`${day}T00:00:00Z`));
const signIns = (count: number) => `${count} sign-in${count === 1 ? '' : 's'}`;

/**
 * Issue 17: sign-ins per UTC day over the year the server counted, as bars for the eye and as a
 * summary and a table for everyone else.
 */
export function SignInsPerDay({ since, perDay }: { since: string; perDay: readonly SignInDay[] }) {
  const year = useMemo(() => signInYear(since, perDay), [since, perDay]);
  const titleId = useId();
  const summaryId = useId();
  const first = year.days[0]!.day;
  const last = year.days[year.days.length - 1]!.day;
  return (
    <figure className="sign-ins-chart" aria-labelledby={titleId}>
      <figcaption>
        <h3 className="sign-ins-chart__title" id={titleId}>
          Sign-ins per day
        </h3>
        <p className="sign-ins-chart__summary" id={summaryId}>
          {year.busiest ? (
            <>
              {signIns(year.total)} on {year.daysWithSignIns} of the last 365 days. Busiest day:{' '}
              <time dateTime={year.busiest.day}>{formatDay(year.busiest.day)}</time> with {signIns(year.busiest.signIns)}.
            </>
          ) : (
            'No sign-ins in the last 365 days.'
          )}
        </p>
      </figcaption>
      <div role="img" aria-label={`Sign-ins per day from ${formatDay(first)} to ${formatDay(last)} (UTC): ${signIns(year.total)}`} aria-describedby={summaryId}>
        <Suspense fallback={<div className="sign-ins-chart__placeholder" />}>
          <SignInsChart days={year.days} />
        </Suspense>
      </div>
      {year.daysWithSignIns > 0 && (
        <table className="visually-hidden">
          <caption>Days with sign-ins (UTC)</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Sign-ins</th>
            </tr>
          </thead>
          <tbody>
            {year.days
              .filter((entry) => entry.signIns > 0)
              .map((entry) => (
                <tr key={entry.day}>
                  <td>
                    <time dateTime={entry.day}>{formatDay(entry.day)}</time>
                  </td>
                  <td>{entry.signIns}</td>
                </tr>
              ))}
          </tbody>
        </table>
      )}
    </figure>
  );
}
