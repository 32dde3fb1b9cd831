import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import type { WorkerDetailsInput } from '../../gql/graphql';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { FormField } from '../../ui/FormField';
import { useSaveForm, type FieldMessages } from '../../forms/use-save-form';
import { TextAreaField } from '../../ui/TextAreaField';
import { MY_PROFILE_QUERY, UPDATE_MY_PROFILE_MUTATION, type PortalProfile } from './profile.graphql';

type Field = keyof WorkerDetailsInput;
const FIELDS: readonly Field[] = ['firstName', 'lastName', 'phone', 'address', 'emergencyContactName', 'emergencyContactPhone'];

type Draft = Record<Field, string>;

function draftOf(details: PortalProfile['details']): Draft {
  return {
    firstName: details.firstName ?? '',
    lastName: details.lastName ?? '',
    phone: details.phone ?? '',
    address: details.address ?? '',
    emergencyContactName: details.emergencyContactName ?? '',
    emergencyContactPhone: details.emergencyContactPhone ?? '',
  };
}

const optional = (value: string) => value.trim() || null;

/** The worker's own details. There is no version check: the latest save, here or by a scheduler, wins. */
export function ProfileForm({ profile }: { profile: PortalProfile }) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(profile.details));
  const form = useSaveForm(FIELDS);
  const { errors } = form;
  const [update, { loading }] = useMutation(UPDATE_MY_PROFILE_MUTATION, {
    // The profile has no id of its own: the answer replaces the cached one.
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: MY_PROFILE_QUERY, data: { myProfile: data.updateMyProfile } });
    },
  });

  const field = (name: Field) => ({
    value: draft[name],
    error: errors.fields[name],
    onChange: (event: { target: { value: string } }) => setDraft((current) => ({ ...current, [name]: event.target.value })),
  });

  function check() {
    const missing: FieldMessages<Field> = {};
    if (!draft.firstName.trim()) missing.firstName = 'Enter your first name.';
    if (!draft.lastName.trim()) missing.lastName = 'Enter your last name.';
    return missing;
  }

  async function send() {
    const { data } = await update({
      variables: {
        input: {
          firstName: draft.firstName.trim(),
          lastName: draft.lastName.trim(),
          phone: optional(draft.phone),
          address: optional(draft.address),
          emergencyContactName: optional(draft.emergencyContactName),
          emergencyContactPhone: optional(draft.emergencyContactPhone),
        },
      },
    });
    if (data) setDraft(draftOf(data.updateMyProfile.details));
  }

  return (
    <form className="portal-form" onSubmit={form.onSubmit(send, check)} noValidate aria-label="My details">
      <div className="portal-form__pair">
        <FormField label="First name" autoComplete="given-name" required {...field('firstName')} />
        <FormField label="Last name" autoComplete="family-name" required {...field('lastName')} />
      </div>
      <FormField label="Phone" type="tel" autoComplete="tel" {...field('phone')} />
      <TextAreaField label="Address" autoComplete="street-address" rows={3} {...field('address')} />
      <fieldset className="portal-fieldset">
        <legend className="field__label">Emergency contact</legend>
        <div className="portal-form__pair">
          <FormField label="Name" autoComplete="off" {...field('emergencyContactName')} />
          <FormField label="Phone number" type="tel" autoComplete="off" {...field('emergencyContactPhone')} />
        </div>
      </fieldset>
      {errors.form && <Alert title="Your details were not saved">{errors.form}</Alert>}
      <div className="portal-form__actions">
        <Button type="submit" variant="primary" pending={loading}>
          Save details
        </Button>
        <span className="portal-status" role="status">
          {form.saved ? 'Saved.' : ''}
        </span>
      </div>
    </form>
  );
}
