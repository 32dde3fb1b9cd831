import { Badge, type BadgeTone } from './Badge';

const day = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export interface DatedBadgeProps {
  tone: BadgeTone;
  children: string;
  /** When the status began (ISO); read as "<status> since <day>". */
  since: string | null | undefined;
}

/**
 * A status with the day it began, the day under the badge: on one line ("Suspended since …") it
 * widens the column enough to push a table's actions out of a laptop's view.
 */
export function DatedBadge({ tone, children, since }: DatedBadgeProps) {
  return (
    <span className="dated-badge">
      <Badge tone={tone}>{children}</Badge>
      {since && (
        <>
          {' '}
          <span className="dated-badge__since">
            since <time dateTime={since}>{day.format(new Date(since))}</time>
          </span>
        </>
      )}
    </span>
  );
}
