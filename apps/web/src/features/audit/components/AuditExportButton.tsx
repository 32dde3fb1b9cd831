import { useState } from 'react';
import type { AuditFilter } from '../../../gql/graphql';
import { Button } from '../../../ui/Button';
import { fetchAuditCsv, saveBlob } from '../download-audit-csv';

/** The whole filtered trail from the server, not only the loaded pages. */
export function AuditExportButton({ filter }: { filter: AuditFilter }) {
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  async function exportCsv() {
    setPending(true);
    setFailure(null);
    try {
      saveBlob(await fetchAuditCsv(filter), `audit-log-${new Date().toISOString().slice(0, 10)}.csv`);
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
