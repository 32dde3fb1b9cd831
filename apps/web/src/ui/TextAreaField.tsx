import type { TextareaHTMLAttributes } from 'react';
import { FieldShell } from './FieldShell';

export interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  label: string;
  hint?: string;
  error?: string;
}

/** FormField's multi-line sibling. */
export function TextAreaField({ label, hint, error, className, rows = 3, ...textareaProps }: TextAreaFieldProps) {
  return (
    <FieldShell label={label} hint={hint} error={error} className={className}>
      {(control) => <textarea {...textareaProps} {...control} rows={rows} className="field__input field__input--multiline" />}
    </FieldShell>
  );
}
