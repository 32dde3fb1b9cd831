import { MailDeliveryPage } from '../../features/mail-delivery/components/MailDeliveryPage';
import { RequirePermission } from '../components/RequirePermission';

export function MailDeliveryRoute() {
  return (
    <RequirePermission permission="tenant.settings.read" title="Mail delivery">
      <MailDeliveryPage />
    </RequirePermission>
  );
}
