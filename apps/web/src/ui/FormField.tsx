import type { InputHTMLAttributes } from 'react';
import { FieldShell } from './FieldShell';

export interface FormFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: string;
  hint?: string;
  error?: string;
}

/** A labelled input with an optional hint and error. */
export function FormField({ label, hint, error, className, ...inputProps }: FormFieldProps) {
  return (
    <FieldShell label={label} hint={hint} error={error} className={className}>
      {(control) => <input {...inputProps} {...control} className="field__input" />}
    </FieldShell>
  );
}
