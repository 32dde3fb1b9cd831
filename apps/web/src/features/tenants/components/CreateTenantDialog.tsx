import { checkTenantSlug } from '@access/domain';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import type { FieldMessages } from '../../../forms/use-save-form';
import { useSaveForm } from '../../../forms/use-save-form';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { FormField } from '../../../ui/FormField';
import { CREATE_TENANT_MUTATION, TENANTS_QUERY, type TenantRow } from '../graphql/tenants.graphql';
import { suggestSlug } from '../slug-suggestion';
import { CREATE_TENANT_FIELDS, CREATE_TENANT_REFUSALS, type CreateTenantField } from '../tenant-errors';

const EMPTY: Record<CreateTenantField, string> = { name: '', slug: '', username: '', email: '', firstName: '', lastName: '' };

export interface CreateTenantDialogProps {
  onClose: () => void;
  /** The new tenant, and the address its first administrator's activation link went to. */
  onCreated: (tenant: TenantRow, email: string) => void;
}

/** Platform → Tenants → New tenant: the organisation, its sign-in name, and who administers it first. */
export function CreateTenantDialog({ onClose, onCreated }: CreateTenantDialogProps) {
  const [values, setValues] = useState(EMPTY);
  // The sign-in name follows the organisation name until the operator types one of their own.
  const [slugEdited, setSlugEdited] = useState(false);
  const [judgedSlug, setJudgedSlug] = useState<string | null>(null);
  const form = useSaveForm(CREATE_TENANT_FIELDS, CREATE_TENANT_REFUSALS);
  const [createTenant, { loading }] = useMutation(CREATE_TENANT_MUTATION, { refetchQueries: [TENANTS_QUERY], awaitRefetchQueries: true });

  const slugCheck = checkTenantSlug(values.slug);
  // A refusal of the slug (the form's or the server's) stands while that slug is in the field;
  // once it is edited, the same rule the server applies judges it as it is typed.
  const slugError =
    (judgedSlug === values.slug ? form.errors.fields.slug : undefined) ?? (values.slug && !slugCheck.ok ? slugCheck.message : undefined);

  const bind = (field: Exclude<CreateTenantField, 'name' | 'slug'>) => ({
    value: values[field],
    error: form.errors.fields[field],
    onChange: (event: { target: { value: string } }) => setValues((current) => ({ ...current, [field]: event.target.value })),
  });

  function changeName(name: string) {
    setValues((current) => ({ ...current, name, slug: slugEdited ? current.slug : suggestSlug(name) }));
  }

  function changeSlug(slug: string) {
    // Emptying the field hands it back to the suggestion.
    setSlugEdited(slug !== '');
    setValues((current) => ({ ...current, slug }));
  }

  function check(): FieldMessages<CreateTenantField> {
    setJudgedSlug(values.slug);
    const problems: FieldMessages<CreateTenantField> = {};
    if (!values.name.trim()) problems.name = "Enter the organisation's name";
    if (!slugCheck.ok) problems.slug = slugCheck.message;
    if (!values.username.trim()) problems.username = 'Enter a username';
    if (!values.email.trim()) problems.email = 'Enter an email address';
    return problems;
  }

  async function send() {
    const optional = (value: string) => value.trim() || null;
    const email = values.email.trim();
    const { data } = await createTenant({
      variables: {
        input: {
          name: values.name.trim(),
          slug: values.slug.trim(),
          firstAdmin: { username: values.username.trim(), email, firstName: optional(values.firstName), lastName: optional(values.lastName) },
        },
      },
    });
    if (data) onCreated(data.createTenant, email);
  }

  return (
    <Dialog open title="New tenant" size="medium" onClose={onClose}>
      <form className="create-tenant" onSubmit={form.onSubmit(send, check)} noValidate>
        <div className="create-tenant__grid">
          <FormField
            label="Organisation name"
            required
            autoComplete="off"
            maxLength={200}
            hint="Shown in the app; it can be renamed later."
            value={values.name}
            error={form.errors.fields.name}
            onChange={(event) => changeName(event.target.value)}
          />
          <FormField
            label="Sign-in name"
            required
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            className="create-tenant__slug"
            hint={`${slugEdited || !values.slug ? '' : 'Suggested from the name. '}People type it as “Organisation” to sign in; it cannot be changed later.`}
            value={values.slug}
            error={slugError}
            onChange={(event) => changeSlug(event.target.value)}
          />
        </div>
        <fieldset className="create-tenant__section">
          <legend className="create-tenant__legend">First administrator</legend>
          <p className="field__hint create-tenant__intro">They get an activation link by email to choose their password, then add everyone else.</p>
          <div className="create-tenant__grid">
            <FormField label="Username" required autoComplete="off" spellCheck={false} hint="Their login name; it cannot be changed later." {...bind('username')} />
            <FormField label="Email" required type="email" autoComplete="off" {...bind('email')} />
            <FormField label="First name" autoComplete="off" {...bind('firstName')} />
            <FormField label="Last name" autoComplete="off" {...bind('lastName')} />
          </div>
        </fieldset>
        {form.errors.form && <Alert title="The tenant was not created">{form.errors.form}</Alert>}
        <div className="dialog__actions">
          <Button variant="ghost" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" pending={loading}>
            Create tenant
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
