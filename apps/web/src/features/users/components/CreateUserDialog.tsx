import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useViewer } from '../../auth/viewer-context';
import type { UserOrigin } from '../../../gql/graphql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { FormField } from '../../../ui/FormField';
import { SelectField } from '../../../ui/SelectField';
import { Switch } from '../../../ui/Switch';
import type { RoleShape } from '../../roles/access-model';
import { roleAssignmentGaps, roleOptionLabel } from '../delegation';
import { CREATE_USER_MUTATION } from '../graphql/user.graphql';
import { useSaveForm } from '../../../forms/use-save-form';

const TEXT_FIELDS = ['username', 'email', 'firstName', 'lastName', 'phone', 'jobTitle', 'department', 'location'] as const;
type TextField = (typeof TEXT_FIELDS)[number];
const KNOWN_FIELDS = [...TEXT_FIELDS, 'roleId', 'origin'];

export interface CreateUserDialogProps {
  roles: readonly RoleShape[];
  onClose: () => void;
}

/** Seed 000 "Create a user": Internal or External, identity, role, access flags, Hold Invite. */
export function CreateUserDialog({ roles, onClose }: CreateUserDialogProps) {
  const navigate = useNavigate();
  const viewer = useViewer();
  const roleGaps = roleAssignmentGaps(roles, viewer, null);
  const [origin, setOrigin] = useState<UserOrigin>('INTERNAL');
  const [text, setText] = useState<Record<TextField, string>>({
    username: '',
    email: '',
    firstName: '',
    lastName: '',
    phone: '',
    jobTitle: '',
    department: '',
    location: '',
  });
  const [roleId, setRoleId] = useState('');
  const [plannerAccess, setPlannerAccess] = useState(false);
  const [purchasingAccess, setPurchasingAccess] = useState(false);
  const [portalAccess, setPortalAccess] = useState(false);
  const [portalTouched, setPortalTouched] = useState(false);
  const [twoFactor, setTwoFactor] = useState(false);
  const [holdInvite, setHoldInvite] = useState(true);
  const [holdTouched, setHoldTouched] = useState(false);
  const form = useSaveForm(KNOWN_FIELDS);
  const [createUser, { loading }] = useMutation(CREATE_USER_MUTATION, { refetchQueries: ['Users'] });

  function chooseOrigin(next: UserOrigin) {
    setOrigin(next);
    // The server's defaults, until the admin decides otherwise: internal users are held, external
    // users get the portal.
    if (!holdTouched) setHoldInvite(next === 'INTERNAL');
    if (!portalTouched) setPortalAccess(next === 'EXTERNAL');
  }

  const bind = (field: TextField) => ({
    value: text[field],
    error: form.errors.fields[field],
    onChange: (event: { target: { value: string } }) => setText((current) => ({ ...current, [field]: event.target.value })),
  });

  function check() {
    const missing: Record<string, string> = {};
    if (!text.username.trim()) missing.username = 'Enter a username';
    if (!text.email.trim()) missing.email = 'Enter an email address';
    if (!roleId) missing.roleId = 'Choose a role';
    return missing;
  }

  async function send() {
    const optional = (value: string) => value.trim() || null;
    const result = await createUser({
      variables: {
        input: {
          origin,
          username: text.username.trim(),
          email: text.email.trim(),
          firstName: optional(text.firstName),
          lastName: optional(text.lastName),
          phone: optional(text.phone),
          jobTitle: optional(text.jobTitle),
          department: optional(text.department),
          location: optional(text.location),
          roleId,
          externalPlannerAccess: plannerAccess,
          externalPurchasingAccess: purchasingAccess,
          portalAccess,
          twoFactorRequired: twoFactor,
          holdInvite,
        },
      },
    });
    const created = result.data?.createUser;
    onClose();
    if (created) void navigate(`/users/${created.id}`, { state: { created: true } });
  }

  return (
    <Dialog open title="Create user" size="medium" onClose={onClose}>
      <form className="create-user" onSubmit={form.onSubmit(send, check)} noValidate>
        <fieldset className="segmented">
          <legend className="field__label">User type</legend>
          {(['INTERNAL', 'EXTERNAL'] as const).map((value) => (
            <label key={value} className="segmented__option">
              <input type="radio" name="origin" value={value} checked={origin === value} onChange={() => chooseOrigin(value)} />
              <span>{value === 'INTERNAL' ? 'Internal user' : 'External user'}</span>
            </label>
          ))}
        </fieldset>
        <div className="form-grid">
          <FormField label="Username" required autoComplete="off" spellCheck={false} hint="The login name. It cannot be changed later." {...bind('username')} />
          <FormField label="Email" required type="email" autoComplete="off" {...bind('email')} />
          <FormField label="First name" autoComplete="off" {...bind('firstName')} />
          <FormField label="Last name" autoComplete="off" {...bind('lastName')} />
          <FormField label="Phone" type="tel" autoComplete="off" {...bind('phone')} />
          <FormField label="Job title" autoComplete="off" {...bind('jobTitle')} />
          <FormField label="Department" autoComplete="off" {...bind('department')} />
          <FormField label="Location" autoComplete="off" {...bind('location')} />
          <SelectField label="Role" required value={roleId} error={form.errors.fields.roleId} onChange={(event) => setRoleId(event.target.value)}>
            <option value="">Choose a role…</option>
            {roles.map((role) => {
              const gap = roleGaps.get(role.id) ?? [];
              return (
                <option key={role.id} value={role.id} disabled={gap.length > 0}>
                  {roleOptionLabel(role.name, gap)}
                </option>
              );
            })}
          </SelectField>
        </div>
        <div className="form-section">
          <h3 className="form-section__title">Access</h3>
          <Switch label="External Planner Access" checked={plannerAccess} onChange={setPlannerAccess} hint="Schedulable in the Planner." />
          <Switch label="External Purchasing Access" checked={purchasingAccess} onChange={setPurchasingAccess} hint="Can raise purchasing requests from outside." />
          <Switch
            label="External Portal Access"
            checked={portalAccess}
            onChange={(value) => {
              setPortalTouched(true);
              setPortalAccess(value);
            }}
            hint="Off shows a holding page instead of the worker portal."
          />
          <Switch label="Two-factor authentication required" checked={twoFactor} onChange={setTwoFactor} hint="TOTP enrolment at the next sign-in." />
        </div>
        <div className="form-section">
          <h3 className="form-section__title">Onboarding</h3>
          <Switch
            label="Hold Invite (Introduction Mode)"
            checked={holdInvite}
            onChange={(value) => {
              setHoldTouched(true);
              setHoldInvite(value);
            }}
            hint={
              holdInvite
                ? 'The account exists straight away, but the person cannot sign in yet and no invite is sent.'
                : 'A temporary password is emailed as soon as the user is created.'
            }
          />
        </div>
        {form.errors.form && <Alert title="The user was not created">{form.errors.form}</Alert>}
        <div className="dialog__actions">
          <Button variant="ghost" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" pending={loading}>
            Create user
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
