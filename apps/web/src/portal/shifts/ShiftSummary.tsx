import type { ReactNode } from 'react';
import { formatShiftTime } from '../shell/dates';
import { usePortalViewer } from '../shell/portal-viewer-context';

interface ShiftLike {
  title: string;
  startsAt: string;
  endsAt: string;
  location: string;
  requiredSkill?: { name: string } | null;
  notes?: string | null;
}

interface Props {
  shift: ShiftLike;
  badge?: ReactNode;
  children?: ReactNode;
}

/** One shift as a card: what, when, where, then whatever the page adds (buttons, a form). Sits inside a titled PortalSection, hence an h3. */
export function ShiftSummary({ shift, badge, children }: Props) {
  const timeZone = usePortalViewer().timeZone;
  return (
    <article className="portal-item">
      <div className="portal-item__head">
        <h3 className="portal-item__title">{shift.title}</h3>
        {badge}
      </div>
      <dl className="portal-item__facts">
        <div>
          <dt>When</dt>
          <dd>
            <time dateTime={shift.startsAt}>{formatShiftTime(shift.startsAt, shift.endsAt, timeZone)}</time>
          </dd>
        </div>
        <div>
          <dt>Where</dt>
          <dd>{shift.location}</dd>
        </div>
        {shift.requiredSkill && (
          <div>
            <dt>Skill</dt>
            <dd>{shift.requiredSkill.name}</dd>
          </div>
        )}
      </dl>
      {shift.notes && <p className="portal-item__notes">{shift.notes}</p>}
      {children}
    </article>
  );
}
