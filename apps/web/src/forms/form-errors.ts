import { errorDetails, type ErrorDetails } from '../apollo';

export interface PasswordFailureItem {
  rule: string;
  message: string;
}

/** A refused change, ready for a form: a message next to the field it is about, or one above the form. */
export interface FormErrors<Field extends string = string> {
  fields: Partial<Record<Field, string>>;
  form?: string;
  code?: string;
  reason?: string;
  /** Broken password rules (reason PASSWORD_POLICY). */
  failures: PasswordFailureItem[];
}

/** A refusal other than BAD_USER_INPUT that still belongs next to a field, known by its code and reason. */
export interface FieldRefusal<Field extends string> {
  code: string;
  reason: string;
  field: Field;
  /** Said instead of the server's sentence. */
  message?: string;
}

export const NO_FORM_ERRORS: FormErrors<never> = { fields: {}, failures: [] };

/**
 * The form field a BAD_USER_INPUT refusal belongs next to, when the form has it: `extensions.field`
 * is the input path (`email`, or `input.startDate`), and forms know their fields by the last part.
 */
function refusedField<Field extends string>(details: ErrorDetails, known: readonly Field[]): Field | undefined {
  if (details.code !== 'BAD_USER_INPUT') return undefined;
  const field = details.field?.split('.').pop();
  return known.find((name) => name === field);
}

function failuresOf(value: unknown): PasswordFailureItem[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    if (typeof item !== 'object' || item === null) return [];
    const { rule, message } = item as Record<string, unknown>;
    return typeof rule === 'string' && typeof message === 'string' ? [{ rule, message }] : [];
  });
}

/**
 * Maps the server's typed errors (STYLE rule 7) onto a form by `extensions.code`, `.field` and
 * `.reason`, never by parsing the message: BAD_USER_INPUT goes next to the field its input path
 * names, when the form has it; a `refusals` entry places another code and reason next to a field;
 * anything else goes above the form, always with the server's own sentence.
 */
export function formErrors<Field extends string>(
  error: unknown,
  known: readonly Field[],
  refusals: readonly FieldRefusal<Field>[] = [],
): FormErrors<Field> {
  const details = errorDetails(error);
  const base = { code: details.code, reason: details.reason, failures: failuresOf(details.extensions.failures) };
  const at = (field: Field, message: string): FormErrors<Field> => ({ ...base, fields: { [field]: message } as Partial<Record<Field, string>> });
  const field = refusedField(details, known);
  if (field) return at(field, details.message);
  const refusal = refusals.find((entry) => entry.code === details.code && entry.reason === details.reason && known.includes(entry.field));
  if (refusal) return at(refusal.field, refusal.message ?? details.message);
  const form = details.code === 'FORBIDDEN' ? `You are not allowed to do this: ${details.message}` : details.message;
  return { ...base, fields: {}, form };
}
