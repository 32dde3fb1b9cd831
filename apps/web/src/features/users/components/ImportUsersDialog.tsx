import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { errorDetails } from '../../../apollo';
import type { ImportUsersMutation } from '../../../gql/graphql';
import { Alert } from '../../../ui/Alert';
import { Badge } from '../../../ui/Badge';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { IMPORT_USERS_MUTATION } from '../graphql/users.query';

type ImportReport = ImportUsersMutation['importUsers'];

const MAX_BYTES = 2_000_000;

export interface ImportUsersDialogProps {
  onClose: () => void;
  onImported: (created: number) => void;
}

/**
 * Import CSV in two steps: a dry run checks every row and lists the problems by line and field;
 * only a clean file can be imported (the server creates all rows or none).
 */
export function ImportUsersDialog({ onClose, onImported }: ImportUsersDialogProps) {
  const inputId = useId();
  const [csv, setCsv] = useState<string | null>(null);
  const [fileName, setFileName] = useState('');
  const [report, setReport] = useState<ImportReport | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [importUsers, { loading }] = useMutation(IMPORT_USERS_MUTATION);

  async function check(file: File | undefined) {
    setReport(null);
    setProblem(null);
    setCsv(null);
    if (!file) return;
    setFileName(file.name);
    if (file.size > MAX_BYTES) {
      setProblem('The file is larger than 2 MB. Split it into smaller files.');
      return;
    }
    const text = await file.text();
    setCsv(text);
    try {
      const result = await importUsers({ variables: { csv: text, dryRun: true } });
      setReport(result.data?.importUsers ?? null);
    } catch (caught) {
      setProblem(errorDetails(caught).message);
    }
  }

  async function run() {
    if (!csv) return;
    setProblem(null);
    try {
      const result = await importUsers({ variables: { csv, dryRun: false } });
      const outcome = result.data?.importUsers;
      if (outcome && outcome.failed === 0) onImported(outcome.created);
      else setReport(outcome ?? null);
    } catch (caught) {
      setProblem(errorDetails(caught).message);
    }
  }

  const errorRows = report?.rows.filter((row) => row.status === 'ERROR') ?? [];
  const validRows = report?.rows.filter((row) => row.status !== 'ERROR') ?? [];

  return (
    <Dialog open title="Import users from CSV" size="medium" onClose={onClose}>
      <p>
        Use the columns of <strong>Export CSV</strong>, with a header row. The file is checked first; nothing is created
        until you confirm, and a file with any error creates nobody.
      </p>
      <div className="field">
        <label className="field__label" htmlFor={inputId}>
          CSV file
        </label>
        <input id={inputId} type="file" accept=".csv,text/csv" onChange={(event) => void check(event.target.files?.[0])} />
      </div>
      {loading && !report && <p role="status">Checking {fileName}…</p>}
      {problem && <Alert title="The file could not be imported">{problem}</Alert>}
      {report && (
        <div className="import-report" role="status">
          <p>
            <strong>{fileName}</strong>: {validRows.length} {validRows.length === 1 ? 'row' : 'rows'} ready
            {errorRows.length > 0 && (
              <>
                , <span className="import-report__bad">{errorRows.length} with errors</span>
              </>
            )}
            .
          </p>
          {report.rows.length > 0 && (
            <div className="table-wrap import-report__table">
              <table className="table">
                <caption className="visually-hidden">Import check, row by row</caption>
                <thead>
                  <tr>
                    <th scope="col">Line</th>
                    <th scope="col">Username</th>
                    <th scope="col">Result</th>
                  </tr>
                </thead>
                <tbody>
                  {report.rows.map((row) => (
                    <tr key={row.line}>
                      <th scope="row">{row.line}</th>
                      <td className="mono">{row.username ?? '—'}</td>
                      <td className="import-report__result">
                        {row.status === 'ERROR' ? (
                          <ul>
                            {row.errors.map((error) => (
                              <li key={`${error.field}:${error.message}`}>
                                <span className="mono">{error.field}</span>: {error.message}
                              </li>
                            ))}
                          </ul>
                        ) : (
                          <Badge tone="success">{row.status === 'CREATED' ? 'Created' : 'Ready'}</Badge>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </div>
      )}
      <div className="dialog__actions">
        <Button variant="ghost" onClick={onClose}>
          Cancel
        </Button>
        <Button
          variant="primary"
          pending={loading && Boolean(report)}
          disabled={!report || errorRows.length > 0 || validRows.length === 0}
          onClick={() => void run()}
        >
          Import {validRows.length > 0 ? `${validRows.length} ${validRows.length === 1 ? 'user' : 'users'}` : ''}
        </Button>
      </div>
    </Dialog>
  );
}
