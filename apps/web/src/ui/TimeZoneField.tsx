import { listTimeZones } from '@access/domain';
import { useId, useMemo } from 'react';
import { FormField, type FormFieldProps } from './FormField';

export type TimeZoneFieldProps = Omit<FormFieldProps, 'list' | 'type'>;

/**
 * A time zone by its IANA name, searchable as you type ("Auck" finds Pacific/Auckland): a text
 * input with the runtime's zones as suggestions, which every browser and screen reader supports.
 */
export function TimeZoneField(props: TimeZoneFieldProps) {
  const listId = useId();
  const zones = useMemo(listTimeZones, []);
  return (
    <>
      <FormField {...props} list={listId} autoComplete="off" spellCheck={false} />
      <datalist id={listId}>
        {zones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
    </>
  );
}
