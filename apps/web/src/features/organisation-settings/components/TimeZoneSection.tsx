import { isKnownTimeZone } from '@access/domain';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useSaveForm } from '../../../forms/use-save-form';
import { TimeZoneField } from '../../../ui/TimeZoneField';
import { UPDATE_TENANT_SETTINGS_MUTATION } from '../graphql/tenant-settings.graphql';
import { SectionActions } from './SectionActions';

const FIELDS = ['timeZone'] as const;

export interface TimeZoneSectionProps {
  timeZone: string;
  readOnly: boolean;
}

/** The zone the schedule is planned in and everyone's times are shown in, unless they chose their own. */
export function TimeZoneSection({ timeZone, readOnly }: TimeZoneSectionProps) {
  const [edit, setEdit] = useState<string | null>(null);
  const form = useSaveForm(FIELDS);
  // The viewer's zones come with Me and PortalViewer: refetched so every time on screen follows at once.
  const [update, { loading }] = useMutation(UPDATE_TENANT_SETTINGS_MUTATION, { refetchQueries: ['Me'] });
  const value = edit ?? timeZone;
  const dirty = edit !== null && edit.trim() !== timeZone;

  const save = form.onSubmit(
    async () => {
      await update({ variables: { input: { timeZone: value.trim() } } });
      setEdit(null);
    },
    () => (isKnownTimeZone(value.trim()) ? {} : { timeZone: 'Choose a time zone from the list, such as Europe/Amsterdam' }),
  );

  return (
    <section className="card" aria-labelledby="time-zone-settings-title">
      <h2 className="card__title" id="time-zone-settings-title">
        Time zone
      </h2>
      <p className="card__lead">
        Shifts are planned in this zone, and the portal, emails and calendar feeds show times in it. A person can choose their own zone on their profile.
      </p>
      <form className="org-settings__form" onSubmit={save} noValidate aria-labelledby="time-zone-settings-title">
        <TimeZoneField
          label="Organisation time zone"
          value={value}
          disabled={readOnly}
          error={form.errors.fields.timeZone}
          hint="Type to search, for example Amsterdam or Auckland."
          onChange={(event) => {
            form.clearSaved();
            setEdit(event.target.value);
          }}
        />
        <SectionActions
          readOnly={readOnly}
          formError={form.errors.form}
          notSavedTitle="The time zone was not saved"
          saveLabel="Save time zone"
          savedText="Time zone saved."
          saved={form.saved}
          pending={loading}
          dirty={dirty}
          onDiscard={() => {
            setEdit(null);
            form.clearErrors();
          }}
        />
      </form>
    </section>
  );
}
