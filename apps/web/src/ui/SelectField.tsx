import type { ReactNode, SelectHTMLAttributes } from 'react';
import { FieldShell } from './FieldShell';

export interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  label: string;
  hint?: ReactNode;
  error?: string;
  children: ReactNode;
}

/** A labelled `<select>` with an optional hint and error, like FormField. */
export function SelectField({ label, hint, error, className, children, ...selectProps }: SelectFieldProps) {
  return (
    <FieldShell label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <select {...selectProps} {...control} className="field__input">
          {children}
        </select>
      )}
    </FieldShell>
  );
}
