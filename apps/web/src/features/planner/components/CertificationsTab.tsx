import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { errorDetails } from '../../../apollo';
import { useCan } from '../../auth/viewer-context';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { EmptyState } from '../../../ui/EmptyState';
import { FormField } from '../../../ui/FormField';
import { useSaveForm } from '../../../forms/use-save-form';
import { ASSIGN_CERTIFICATION_MUTATION, REMOVE_CERTIFICATION_MUTATION } from '../graphql/certifications.graphql';
import type { WorkerProfile } from '../graphql/worker-profile.graphql';
import { writeProfile } from '../hooks/write-profile';
import { CertificationCard } from './CertificationCard';
import { CertificationReviewActions } from './CertificationReviewActions';

const FIELDS = ['name', 'expiresOn'] as const;

export interface CertificationsTabProps {
  userId: string;
  workerName: string;
  certifications: WorkerProfile['certifications'];
}

/** Certifications with their proofs; a certification counts only once a scheduler approved a proof. */
export function CertificationsTab({ userId, workerName, certifications }: CertificationsTabProps) {
  const canManage = useCan('planner.users.manage');
  const canApprove = useCan('planner.certifications.approve');
  const [name, setName] = useState('');
  const [expiresOn, setExpiresOn] = useState('');
  const [removeError, setRemoveError] = useState<string | null>(null);
  const [removingId, setRemovingId] = useState<string | null>(null);
  const form = useSaveForm(FIELDS);
  // The new certification is not in the cached profile yet: fetch the profile again.
  const [assign, assignState] = useMutation(ASSIGN_CERTIFICATION_MUTATION, { refetchQueries: ['WorkerProfile'], awaitRefetchQueries: true });
  const [remove] = useMutation(REMOVE_CERTIFICATION_MUTATION, {
    update: (cache, { data }) => writeProfile(cache, userId, data?.removeCertification),
  });

  const submit = form.onSubmit(
    async () => {
      await assign({ variables: { userId, name: name.trim(), expiresOn: expiresOn || null } });
      setName('');
      setExpiresOn('');
    },
    () => (name.trim() ? {} : { name: 'Enter the certification name' }),
  );

  async function removeOne(id: string) {
    setRemoveError(null);
    setRemovingId(id);
    try {
      await remove({ variables: { id } });
    } catch (caught) {
      setRemoveError(errorDetails(caught).message);
    } finally {
      setRemovingId(null);
    }
  }

  return (
    <div className="stack">
      {removeError && <Alert title="Not removed">{removeError}</Alert>}
      {certifications.length === 0 ? (
        <EmptyState title="No certifications assigned">
          <p>Assign one below; the worker then uploads a proof in the portal for you to review.</p>
        </EmptyState>
      ) : (
        certifications.map((certification) => (
          <CertificationCard
            key={certification.id}
            certification={certification}
            actions={
              (canApprove && certification.status === 'PENDING_REVIEW') || canManage ? (
                <>
                  {canApprove && certification.status === 'PENDING_REVIEW' && <CertificationReviewActions certification={certification} workerName={workerName} />}
                  {canManage && (
                    <Button
                      variant="ghost"
                      pending={removingId === certification.id}
                      aria-label={`Remove ${certification.name}`}
                      onClick={() => void removeOne(certification.id)}
                    >
                      Remove
                    </Button>
                  )}
                </>
              ) : undefined
            }
          />
        ))
      )}
      {canManage && (
        <form className="card planner-form" aria-label="Assign a certification" onSubmit={submit} noValidate>
          <h2 className="card__title">Assign a certification</h2>
          <div className="planner-grid">
            <FormField label="Certification" placeholder="e.g. Forklift licence" value={name} error={form.errors.fields.name} onChange={(event) => setName(event.target.value)} />
            <FormField label="Expires on" type="date" hint="Leave empty if it does not expire." value={expiresOn} error={form.errors.fields.expiresOn} onChange={(event) => setExpiresOn(event.target.value)} />
          </div>
          {form.errors.form && <Alert title="Not assigned">{form.errors.form}</Alert>}
          <div className="form-actions">
            <Button type="submit" variant="primary" pending={assignState.loading}>
              Assign certification
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
