import type { AddExternalPlannerUserInput } from '../../../gql/graphql';
import { looksLikeEmail, type FieldErrors } from './field-errors';

export interface ExternalUserValues {
  firstName: string;
  lastName: string;
  email: string;
}

export const EMPTY_EXTERNAL_USER: ExternalUserValues = { firstName: '', lastName: '', email: '' };

export function validateExternalUser(values: ExternalUserValues): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.firstName.trim()) errors.firstName = 'Enter a first name';
  if (!values.lastName.trim()) errors.lastName = 'Enter a last name';
  if (!values.email.trim()) errors.email = 'Enter an email address';
  else if (!looksLikeEmail(values.email)) errors.email = 'Enter an email address like name@example.com';
  return errors;
}

export function toExternalUserInput(values: ExternalUserValues): AddExternalPlannerUserInput {
  return { firstName: values.firstName.trim(), lastName: values.lastName.trim(), email: values.email.trim() };
}
