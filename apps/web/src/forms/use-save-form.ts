import { useState, type FormEvent } from 'react';
import { formErrors, NO_FORM_ERRORS, type FieldRefusal, type FormErrors } from './form-errors';

/** Messages by field; empty when the form may be sent. */
export type FieldMessages<Field extends string> = Partial<Record<Field, string>>;

/**
 * A form that sends one change: the form's own checks first, then the mutation. A refusal is
 * shown where formErrors places it (`known` fields and `refusals`); a success shows as `saved`
 * until the next submit or edit.
 */
export function useSaveForm<Field extends string>(known: readonly Field[], refusals?: readonly FieldRefusal<Field>[]) {
  const [errors, setErrors] = useState<FormErrors<Field>>(NO_FORM_ERRORS);
  const [saved, setSaved] = useState(false);

  async function run(send: () => Promise<unknown>, check?: () => FieldMessages<Field>) {
    setSaved(false);
    const invalid = check?.() ?? {};
    if (Object.keys(invalid).length > 0) {
      setErrors({ fields: invalid, failures: [] });
      return;
    }
    setErrors(NO_FORM_ERRORS);
    try {
      await send();
      setSaved(true);
    } catch (caught) {
      setErrors(formErrors(caught, known, refusals));
    }
  }

  return {
    errors,
    saved,
    /** The submit handler: `check` returns the form's own objections (any stops it), `send` the change. */
    onSubmit: (send: () => Promise<unknown>, check?: () => FieldMessages<Field>) => (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      void run(send, check);
    },
    /** After an edit, or another form's save: "Saved." no longer describes what is on screen. */
    clearSaved: () => setSaved(false),
    clearErrors: () => setErrors(NO_FORM_ERRORS),
  };
}
