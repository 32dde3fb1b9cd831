import { useCallback, useState } from 'react';
import { formErrors } from '../../../forms/form-errors';

/**
 * The errors of one form: the browser's own checks and the API's refusals (next to the field
 * named in `extensions.field` when the form has it, otherwise above the buttons).
 */
export function useFormFailure(knownFields: readonly string[]) {
  const [fields, setFields] = useState<Partial<Record<string, string>>>({});
  const [form, setForm] = useState<string | null>(null);
  const reset = useCallback(() => {
    setFields({});
    setForm(null);
  }, []);
  const fromApi = useCallback(
    (caught: unknown) => {
      const failure = formErrors(caught, knownFields);
      setFields(failure.fields);
      setForm(failure.form ?? null);
    },
    [knownFields],
  );
  return { fields, form, setFields, reset, fromApi };
}
