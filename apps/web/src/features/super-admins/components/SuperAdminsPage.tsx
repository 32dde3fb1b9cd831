import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { errorDetails } from '../../../apollo';
import { useViewer } from '../../auth/viewer-context';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Loading } from '../../../ui/Loading';
import { PageLayout } from '../../../ui/PageLayout';
import { SUPER_ADMINS_QUERY, type SuperAdminRow } from '../graphql/super-admins.graphql';
import { CreateSuperAdminDialog } from './CreateSuperAdminDialog';
import { SuperAdminStatusDialog } from './SuperAdminStatusDialog';
import { SuperAdminsTable } from './SuperAdminsTable';
import './super-admins.css';

type Pending = { kind: 'deactivate' | 'reactivate'; admin: SuperAdminRow };

/** Platform → Super admins: the operator accounts, adding one, and switching them off or on. */
export function SuperAdminsPage() {
  const viewer = useViewer();
  const { data, error, refetch } = useQuery(SUPER_ADMINS_QUERY, { fetchPolicy: 'cache-and-network' });
  const [creating, setCreating] = useState(false);
  const [pending, setPending] = useState<Pending | null>(null);
  const [notice, setNotice] = useState<{ title: string; text: string } | null>(null);

  function open(kind: Pending['kind'], admin: SuperAdminRow) {
    setNotice(null);
    setPending({ kind, admin });
  }

  return (
    <PageLayout
      title="Super admins"
      description="Operator accounts of the platform. They sign in without an organisation, reach every tenant, and must use two-step verification."
      actions={
        <Button
          variant="primary"
          onClick={() => {
            setNotice(null);
            setCreating(true);
          }}
        >
          + New super admin
        </Button>
      }
    >
      {notice && (
        <Alert tone="info" title={notice.title} action={<Button variant="ghost" onClick={() => setNotice(null)}>Dismiss</Button>}>
          {notice.text}
        </Alert>
      )}
      {error && (
        <Alert title="Could not load the super admins" action={<Button onClick={() => void refetch()}>Try again</Button>}>
          {errorDetails(error).message}
        </Alert>
      )}
      {!data && !error && <Loading label="Loading super admins…" />}
      {data && (
        <SuperAdminsTable
          admins={data.superAdmins}
          viewerId={viewer.id}
          onDeactivate={(admin) => open('deactivate', admin)}
          onReactivate={(admin) => open('reactivate', admin)}
        />
      )}

      {creating && (
        <CreateSuperAdminDialog
          onClose={() => setCreating(false)}
          onCreated={(admin) => {
            setCreating(false);
            setNotice({
              title: `${admin.displayName} can sign in as ${admin.username}`,
              text: 'Leaving Organisation empty, with the password you chose. They must enrol an authenticator app at their first sign-in before anything else.',
            });
          }}
        />
      )}
      {pending && (
        <SuperAdminStatusDialog
          kind={pending.kind}
          admin={pending.admin}
          isSelf={pending.admin.id === viewer.id}
          onClose={() => setPending(null)}
          onDone={(admin) => {
            setPending(null);
            setNotice(
              admin.active
                ? { title: `${admin.displayName} is active again`, text: 'They can sign in from now on.' }
                : { title: `${admin.displayName} is deactivated`, text: 'They cannot sign in, and their sessions have ended.' },
            );
          }}
        />
      )}
    </PageLayout>
  );
}
