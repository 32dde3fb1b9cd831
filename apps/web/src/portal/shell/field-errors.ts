import { errorDetails, refusedField } from '../../apollo';

/** A refused change, ready for a form: a message next to the field it is about, or one for the form. */
export interface FieldErrors<Field extends string> {
  fields: Partial<Record<Field, string>>;
  form?: string;
}

/**
 * BAD_USER_INPUT names its input path in `extensions.field` (`date`, or `input.startDate`); the
 * message goes next to that field when the form has it, otherwise above the form.
 */
export function fieldErrors<Field extends string>(error: unknown, known: readonly Field[]): FieldErrors<Field> {
  const details = errorDetails(error);
  const match = refusedField(details, known);
  if (match) return { fields: { [match]: details.message } as Partial<Record<Field, string>> };
  return { fields: {}, form: details.message };
}
