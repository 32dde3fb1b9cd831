interface Props {
  past: boolean;
  onChange: (past: boolean) => void;
}

/** Upcoming or past shifts: radio buttons, so the choice is announced and reachable with arrow keys. */
export function ShiftsViewSwitch({ past, onChange }: Props) {
  return (
    <fieldset className="portal-switch">
      <legend className="portal-switch__legend">Show</legend>
      {[
        { value: false, label: 'Upcoming' },
        { value: true, label: 'Past' },
      ].map((option) => (
        <label key={option.label} className="portal-switch__option">
          <input type="radio" name="shifts-view" checked={past === option.value} onChange={() => onChange(option.value)} />
          <span>{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
