import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { errorDetails } from '../../apollo';
import { formatDateTime } from '../shell/dates';
import { PortalPage } from '../shell/PortalPage';
import { QueryStatus } from '../shell/QueryStatus';
import { RatingInput, ratingLabel } from './RatingInput';
import { MY_SKILLS_QUERY, RATE_MY_SKILL_MUTATION, type MySkill } from './skills.graphql';
import { usePortalViewer } from '../shell/portal-viewer-context';

/** My Skills: the level a scheduler set, and the worker's own rating of each skill. */
export function MySkillsPage() {
  const timeZone = usePortalViewer().timeZone;
  const { data, error, refetch } = useQuery(MY_SKILLS_QUERY);
  const [rate] = useMutation(RATE_MY_SKILL_MUTATION);
  const [saving, setSaving] = useState<string | null>(null);
  const [status, setStatus] = useState<{ skillId: string; message: string; failed: boolean } | null>(null);

  async function save(entry: MySkill, rating: number) {
    setSaving(entry.skill.id);
    setStatus(null);
    try {
      await rate({
        variables: { skillId: entry.skill.id, rating },
        // The choice shows at once; a refusal puts the previous rating back.
        optimisticResponse: { rateMySkill: { ...entry, selfRating: rating, selfRatedAt: new Date().toISOString() } },
        // A worker's skill has no id of its own: put the answer into the cached list.
        update(cache, { data: rated }) {
          const updated = rated?.rateMySkill;
          if (!updated) return;
          cache.updateQuery({ query: MY_SKILLS_QUERY }, (current) =>
            current && { mySkills: current.mySkills.map((skill) => (skill.skill.id === updated.skill.id ? updated : skill)) },
          );
        },
      });
      setStatus({ skillId: entry.skill.id, message: `Saved: ${entry.skill.name}, ${rating} of 5.`, failed: false });
    } catch (caught) {
      setStatus({ skillId: entry.skill.id, message: errorDetails(caught).message, failed: true });
    } finally {
      setSaving(null);
    }
  }

  return (
    <PortalPage title="My Skills" description="How your scheduler rates your skills, and how you rate them yourself (1 novice – 5 expert).">
      {!data ? (
        <QueryStatus error={error} onRetry={() => void refetch()} />
      ) : data.mySkills.length === 0 ? (
        <p className="portal-empty">No skills are assigned to you.</p>
      ) : (
        <ul className="portal-list">
          {data.mySkills.map((entry) => (
            <li key={entry.skill.id}>
              <article className="portal-item">
                <div className="portal-item__head">
                  <h2 className="portal-item__title">{entry.skill.name}</h2>
                </div>
                <dl className="portal-item__facts">
                  <div>
                    <dt>Scheduler’s level</dt>
                    <dd>
                      {entry.level} of 5 · {ratingLabel(entry.level)}
                    </dd>
                  </div>
                  <div>
                    <dt>Your rating</dt>
                    <dd>{entry.selfRating ? `${entry.selfRating} of 5${entry.selfRatedAt ? `, ${formatDateTime(entry.selfRatedAt, timeZone)}` : ''}` : 'Not rated yet'}</dd>
                  </div>
                </dl>
                <RatingInput
                  legend={`Rate yourself: ${entry.skill.name}`}
                  value={entry.selfRating ?? null}
                  disabled={saving === entry.skill.id}
                  onChange={(rating) => void save(entry, rating)}
                />
                {status?.skillId === entry.skill.id && (
                  <p className={status.failed ? 'field__error' : 'portal-status'} role={status.failed ? 'alert' : 'status'}>
                    {status.message}
                  </p>
                )}
              </article>
            </li>
          ))}
        </ul>
      )}
    </PortalPage>
  );
}
