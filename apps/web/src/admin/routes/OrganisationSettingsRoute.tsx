import { OrganisationSettingsPage } from '../../features/organisation-settings/components/OrganisationSettingsPage';
import { RequirePermission } from '../components/RequirePermission';

export function OrganisationSettingsRoute() {
  return (
    <RequirePermission permission="tenant.settings.read" title="Organisation settings">
      <OrganisationSettingsPage />
    </RequirePermission>
  );
}
