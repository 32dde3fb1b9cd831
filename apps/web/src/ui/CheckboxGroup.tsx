import { useId } from 'react';

export interface CheckboxOption {
  value: string;
  label: string;
  hint?: string;
}

export interface CheckboxGroupProps {
  legend: string;
  options: CheckboxOption[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  hint?: string;
  error?: string;
  disabled?: boolean;
}

/** A multi-select as a list of labelled checkboxes, with a hint and an error like FormField. */
export function CheckboxGroup({ legend, options, value, onChange, hint, error, disabled }: CheckboxGroupProps) {
  const id = useId();
  const selected = new Set(value);
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className={['field', 'checkbox-group', error ? 'field--invalid' : ''].filter(Boolean).join(' ')} aria-describedby={describedBy}>
      <legend className="field__label">{legend}</legend>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {options.length === 0 ? (
        <p className="muted">No other roles yet.</p>
      ) : (
        <ul className="checkbox-group__list">
          {options.map((option) => (
            <li key={option.value}>
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={selected.has(option.value)}
                  disabled={disabled}
                  aria-invalid={error ? true : undefined}
                  onChange={(event) =>
                    onChange(
                      event.target.checked
                        ? [...value, option.value]
                        : value.filter((entry) => entry !== option.value),
                    )
                  }
                />
                <span>
                  {option.label}
                  {option.hint && <span className="checkbox__hint"> {option.hint}</span>}
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p className="field__error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
