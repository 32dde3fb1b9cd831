import { errorDetails, refusedField } from '../../apollo';

export interface PasswordFailureItem {
  rule: string;
  message: string;
}

/** A failed user change, ready for a form: one message per input field, or one for the form. */
export interface UserFormError {
  fields: Record<string, string>;
  form?: string;
  reason?: string;
  code?: string;
  /** Broken password rules (reason PASSWORD_POLICY). */
  failures: PasswordFailureItem[];
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
 * Maps the server's typed errors (STYLE rule 7): BAD_USER_INPUT carries the input path in
 * `extensions.field` (e.g. `email`, or `input.email`), so the message goes next to that field
 * when the form has one; anything else is shown above the form with the server's own sentence.
 */
export function userFormError(error: unknown, knownFields: readonly string[]): UserFormError {
  const details = errorDetails(error);
  const failures = failuresOf(details.extensions.failures);
  const field = refusedField(details, knownFields);
  if (field) {
    return { fields: { [field]: details.message }, reason: details.reason, code: details.code, failures };
  }
  const form = details.code === 'FORBIDDEN' ? `You are not allowed to do this: ${details.message}` : details.message;
  return { fields: {}, form, reason: details.reason, code: details.code, failures };
}
