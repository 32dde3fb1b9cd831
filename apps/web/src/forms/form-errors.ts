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

/**
 * A refusal other than BAD_USER_INPUT that still belongs next to a field, known by its code and
 * reason; without a reason, by its code and the field the server names (`extensions.field`), as
 * for a NOT_FOUND about one input of several.
 */
export interface FieldRefusal<Field extends string> {
  code: string;
  reason?: string;
  field: Field;
  /** Said instead of the server's sentence. */
  message?: string;
}

export const NO_FORM_ERRORS: FormErrors<never> = { fields: {}, failures: [] };

/**
 * The form field an input path belongs to, when the form has it: forms know their fields by the
 * last part (`email` for `input.email`), or by the whole path where parts repeat
 * (`roleMappings.0.roleId`).
 */
function fieldAt<Field extends string>(path: string | undefined, known: readonly Field[]): Field | undefined {
  if (!path) return undefined;
  const whole = path.replace(/^input\./, '');
  const last = path.split('.').pop();
  return known.find((name) => name === whole) ?? known.find((name) => name === last);
}

/** The form field a BAD_USER_INPUT refusal belongs next to: `extensions.field` is its input path. */
function refusedField<Field extends string>(details: ErrorDetails, known: readonly Field[]): Field | undefined {
  return details.code === 'BAD_USER_INPUT' ? fieldAt(details.field, known) : undefined;
}

/**
 * The problems of a refusal that lists them (`extensions.problems`: settings checked together,
 * such as a password policy), each next to the field it names; those the form lacks go above it.
 */
function problemFields<Field extends string>(details: ErrorDetails, known: readonly Field[]): { fields: Partial<Record<Field, string>>; rest: string[] } {
  const problems = details.extensions.problems;
  const fields: Partial<Record<Field, string>> = {};
  const rest: string[] = [];
  if (details.code !== 'BAD_USER_INPUT' || !Array.isArray(problems)) return { fields, rest };
  for (const problem of problems) {
    if (typeof problem !== 'object' || problem === null) continue;
    const { field, message } = problem as Record<string, unknown>;
    if (typeof message !== 'string') continue;
    const at = typeof field === 'string' ? fieldAt(field, known) : undefined;
    if (!at) rest.push(message);
    else fields[at] = fields[at] ? `${fields[at]}. ${message}` : message;
  }
  return { fields, rest };
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
 * names (each listed problem next to its own), when the form has it; a `refusals` entry places
 * another code and reason next to a field; anything else goes above the form, always with the
 * server's own sentence.
 */
export function formErrors<Field extends string>(
  error: unknown,
  known: readonly Field[],
  refusals: readonly FieldRefusal<Field>[] = [],
): FormErrors<Field> {
  const details = errorDetails(error);
  const base = { code: details.code, reason: details.reason, failures: failuresOf(details.extensions.failures) };
  const at = (field: Field, message: string): FormErrors<Field> => ({ ...base, fields: { [field]: message } as Partial<Record<Field, string>> });
  const listed = problemFields(details, known);
  if (Object.keys(listed.fields).length > 0) return { ...base, fields: listed.fields, ...(listed.rest.length > 0 ? { form: listed.rest.join('. ') } : {}) };
  const field = refusedField(details, known);
  if (field) return at(field, details.message);
  const refusal = refusals.find(
    (entry) =>
      entry.code === details.code &&
      (entry.reason === undefined ? entry.field === details.field : entry.reason === details.reason) &&
      known.includes(entry.field),
  );
  if (refusal) return at(refusal.field, refusal.message ?? details.message);
  const form = details.code === 'FORBIDDEN' ? `You are not allowed to do this: ${details.message}` : details.message;
  return { ...base, fields: {}, form };
}
