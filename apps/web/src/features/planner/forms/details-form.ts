import type { WorkerDetailsInput } from '../../../gql/graphql';
import { optionalText, type FieldErrors } from './field-errors';

export const DETAIL_FIELDS = ['firstName', 'lastName', 'phone', 'address', 'emergencyContactName', 'emergencyContactPhone'] as const;
export type DetailField = (typeof DETAIL_FIELDS)[number];
export type DetailsValues = Record<DetailField, string>;

/** The form's starting values from the API's details (nulls become empty fields). */
export function detailsValues(details: Partial<Record<DetailField, string | null | undefined>>): DetailsValues {
  return Object.fromEntries(DETAIL_FIELDS.map((field) => [field, details[field] ?? ''])) as DetailsValues;
}

export function validateDetails(values: DetailsValues): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.firstName.trim()) errors.firstName = 'Enter a first name';
  if (!values.lastName.trim()) errors.lastName = 'Enter a last name';
  return errors;
}

export function toDetailsInput(values: DetailsValues): WorkerDetailsInput {
  return {
    firstName: values.firstName.trim(),
    lastName: values.lastName.trim(),
    phone: optionalText(values.phone),
    address: optionalText(values.address),
    emergencyContactName: optionalText(values.emergencyContactName),
    emergencyContactPhone: optionalText(values.emergencyContactPhone),
  };
}
