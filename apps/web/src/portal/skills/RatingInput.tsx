import { useId } from 'react';
import './rating.css';

interface Props {
  legend: string;
  value: number | null;
  disabled?: boolean;
  onChange: (rating: number) => void;
}

const LABELS = ['Novice', 'Beginner', 'Competent', 'Proficient', 'Expert'] as const;

/** 1 to 5 as a row of radio buttons: one tap on a phone, arrow keys on a keyboard. */
export function RatingInput({ legend, value, disabled, onChange }: Props) {
  const name = useId();
  return (
    <fieldset className="portal-rating" disabled={disabled}>
      <legend className="portal-rating__legend">{legend}</legend>
      <div className="portal-rating__options">
        {LABELS.map((label, index) => {
          const rating = index + 1;
          return (
            <label key={rating} className="portal-rating__option" title={label}>
              <input type="radio" name={name} value={rating} checked={value === rating} onChange={() => onChange(rating)} />
              <span aria-hidden="true">{rating}</span>
              <span className="visually-hidden">
                {rating} – {label}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

export const ratingLabel = (rating: number) => LABELS[rating - 1] ?? String(rating);
