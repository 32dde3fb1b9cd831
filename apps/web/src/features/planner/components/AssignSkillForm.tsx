import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useSaveForm } from '../../../forms/use-save-form';
import { Button } from '../../../ui/Button';
import { FormField } from '../../../ui/FormField';
import { SelectField } from '../../../ui/SelectField';
import { CREATE_SKILL_MUTATION } from '../graphql/skills.graphql';

export interface AssignSkillFormProps {
  /** Catalogue skills the worker does not have yet. */
  skills: ReadonlyArray<{ id: string; name: string }>;
  pending: boolean;
  onAssign: (skillId: string, level: number) => Promise<void>;
  /** The level options. */
  children: ReactNode;
}

/** Assign a catalogue skill at a level, or add a new skill to the catalogue first. */
export function AssignSkillForm({ skills, pending, onAssign, children }: AssignSkillFormProps) {
  const [skillId, setSkillId] = useState('');
  const [level, setLevel] = useState('3');
  const [missing, setMissing] = useState(false);
  const [newName, setNewName] = useState('');
  const creation = useSaveForm(['name']);
  const [createSkill, createState] = useMutation(CREATE_SKILL_MUTATION, { refetchQueries: ['Skills'], awaitRefetchQueries: true });

  async function assign(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!skillId) return setMissing(true);
    await onAssign(skillId, Number(level));
    setSkillId('');
  }

  const create = creation.onSubmit(
    async () => {
      const result = await createSkill({ variables: { name: newName.trim() } });
      setNewName('');
      // The new skill is what the scheduler wants to assign next.
      if (result.data) setSkillId(result.data.createSkill.id);
    },
    () => (newName.trim() ? {} : { name: 'Enter a skill name' }),
  );

  return (
    <div className="planner-two-cards">
      <form className="card planner-form" aria-label="Assign a skill" onSubmit={(event) => void assign(event)} noValidate>
        <h2 className="card__title">Assign a skill</h2>
        <div className="planner-grid">
          <SelectField
            label="Skill"
            value={skillId}
            error={missing ? 'Choose a skill' : undefined}
            onChange={(event) => {
              setMissing(false);
              setSkillId(event.target.value);
            }}
          >
            <option value="">{skills.length === 0 ? 'All catalogue skills assigned' : 'Choose a skill…'}</option>
            {skills.map((skill) => (
              <option key={skill.id} value={skill.id}>
                {skill.name}
              </option>
            ))}
          </SelectField>
          <SelectField label="Level" value={level} onChange={(event) => setLevel(event.target.value)}>
            {children}
          </SelectField>
        </div>
        <div className="form-actions">
          <Button type="submit" variant="primary" pending={pending}>
            Assign skill
          </Button>
        </div>
      </form>
      <form className="card planner-form" aria-label="Add a skill to the catalogue" onSubmit={create} noValidate>
        <h2 className="card__title">Not in the list?</h2>
        <FormField label="New skill name" value={newName} error={creation.errors.fields.name ?? creation.errors.form} hint="Adds it to your organisation's skill catalogue." onChange={(event) => setNewName(event.target.value)} />
        <div className="form-actions">
          <Button type="submit" pending={createState.loading}>
            Create skill
          </Button>
        </div>
      </form>
    </div>
  );
}
