import { useState } from 'react';
import type { AuditFilter } from '../../../gql/graphql';
import { Button } from '../../../ui/Button';
import { AUDIT_EXPORTS, fetchAuditCsv, saveBlob, type AuditTrail } from '../download-audit-csv';

/** The whole filtered trail from the server, not only the loaded pages. */
export function AuditExportButton({ filter, trail = 'tenant' }: { filter: AuditFilter; trail?: AuditTrail }) {
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  async function exportCsv() {
    setPending(true);
    setFailure(null);
    try {
      saveBlob(await fetchAuditCsv(filter, trail), `${AUDIT_EXPORTS[trail].fileStem}-${new Date().toISOString().slice(0, 10)}.csv`);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : 'The export failed. Please try again.');
    } finally {
      setPending(false);
    }
  }
  return (
    <>
      <Button pending={pending} onClick={() => void exportCsv()}>
        Export CSV
      </Button>
      {failure && (
        <p className="field__error" role="alert">
          {failure}
        </p>
      )}
    </>
  );
}
