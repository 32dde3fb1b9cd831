import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { errorDetails } from '../../../apollo';
import { useCan } from '../../auth/viewer-context';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { DataTable } from '../../../ui/DataTable';
import { EmptyState } from '../../../ui/EmptyState';
import { SelectField } from '../../../ui/SelectField';
import { ASSIGN_SKILL_MUTATION, REMOVE_SKILL_MUTATION, SKILLS_QUERY } from '../graphql/skills.graphql';
import type { WorkerProfile } from '../graphql/worker-profile.graphql';
import { formatDateTime } from '../format';
import { writeProfile } from '../hooks/write-profile';
import { SKILL_LEVELS } from '../planner-labels';
import { AssignSkillForm } from './AssignSkillForm';

type WorkerSkill = WorkerProfile['skills'][number];

export interface SkillsTabProps {
  userId: string;
  skills: WorkerProfile['skills'];
}

function LevelOptions() {
  return (
    <>
      {Object.entries(SKILL_LEVELS).map(([level, label]) => (
        <option key={level} value={level}>
          {label}
        </option>
      ))}
    </>
  );
}

/** Skills with the scheduler's level beside the worker's own rating from the portal. */
export function SkillsTab({ userId, skills }: SkillsTabProps) {
  const canManage = useCan('planner.skills.manage');
  const [error, setError] = useState<string | null>(null);
  const [removingId, setRemovingId] = useState<string | null>(null);
  const { data: catalogue } = useQuery(SKILLS_QUERY);
  const [assign, assignState] = useMutation(ASSIGN_SKILL_MUTATION, {
    update: (cache, { data }) => writeProfile(cache, userId, data?.assignSkill),
  });
  const [remove] = useMutation(REMOVE_SKILL_MUTATION, {
    update: (cache, { data }) => writeProfile(cache, userId, data?.removeSkill),
  });

  async function run(action: () => Promise<unknown>) {
    setError(null);
    try {
      await action();
    } catch (caught) {
      setError(errorDetails(caught).message);
    }
  }

  const assigned = new Set(skills.map((entry) => entry.skill.id));
  const available = catalogue?.skills.filter((skill) => !assigned.has(skill.id)) ?? [];

  return (
    <div className="stack">
      {error && <Alert title="Not done">{error}</Alert>}
      {skills.length === 0 ? (
        <EmptyState title="No skills assigned">
          <p>Assigned skills decide which shifts can be offered to this worker.</p>
        </EmptyState>
      ) : (
        <DataTable<WorkerSkill>
          caption="Skills"
          columns={[
            { key: 'skill', header: 'Skill', isRowHeader: true, render: (entry) => entry.skill.name },
            {
              key: 'level',
              header: 'Level',
              render: (entry) =>
                canManage ? (
                  <SelectField
                    label={`Level of ${entry.skill.name}`}
                    className="planner-inline-field"
                    value={String(entry.level)}
                    disabled={assignState.loading}
                    onChange={(event) => void run(() => assign({ variables: { userId, skillId: entry.skill.id, level: Number(event.target.value) } }))}
                  >
                    <LevelOptions />
                  </SelectField>
                ) : (
                  SKILL_LEVELS[entry.level]
                ),
            },
            {
              key: 'self',
              header: "Worker's self-rating",
              render: (entry) =>
                entry.selfRating ? (
                  <span title={entry.selfRatedAt ? `Rated ${formatDateTime(entry.selfRatedAt)}` : undefined}>{entry.selfRating} of 5</span>
                ) : (
                  <span className="muted">Not rated</span>
                ),
            },
            ...(canManage
              ? [
                  {
                    key: 'actions',
                    header: 'Actions',
                    render: (entry: WorkerSkill) => (
                      <Button
                        variant="ghost"
                        pending={removingId === entry.skill.id}
                        aria-label={`Remove ${entry.skill.name}`}
                        onClick={() => {
                          setRemovingId(entry.skill.id);
                          void run(() => remove({ variables: { userId, skillId: entry.skill.id } })).finally(() => setRemovingId(null));
                        }}
                      >
                        Remove
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
          rows={[...skills]}
          rowKey={(entry) => entry.skill.id}
        />
      )}
      {canManage && (
        <AssignSkillForm
          skills={available}
          pending={assignState.loading}
          onAssign={(skillId, level) => run(() => assign({ variables: { userId, skillId, level } }))}
        >
          <LevelOptions />
        </AssignSkillForm>
      )}
    </div>
  );
}
