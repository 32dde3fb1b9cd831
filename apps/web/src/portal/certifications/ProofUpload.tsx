import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { errorDetails } from '../../apollo';
import { Button } from '../../ui/Button';
import { FormField } from '../../ui/FormField';
import { UPLOAD_CERTIFICATION_PROOF_MUTATION } from './certifications.graphql';
import { checkProofFile, formatBytes, prepareProof, PROOF_ACCEPT } from './proof-file';

interface Props {
  certificationId: string;
  certificationName: string;
  onUploaded: (message: string) => void;
}

/**
 * A proof document for one certification. Size and type are checked as soon as a file is chosen,
 * before anything is read or sent; the server checks the same again.
 */
export function ProofUpload({ certificationId, certificationName, onUploaded }: Props) {
  // A file input cannot be cleared through its value prop: a new key gives a fresh, empty one.
  const [inputKey, setInputKey] = useState(0);
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [reading, setReading] = useState(false);
  const [upload, { loading }] = useMutation(UPLOAD_CERTIFICATION_PROOF_MUTATION);

  function choose(chosen: File | null) {
    setFile(chosen);
    setError(chosen ? (checkProofFile(chosen) ?? undefined) : undefined);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!file) {
      setError('Choose a file first.');
      return;
    }
    setReading(true);
    const prepared = await prepareProof(file);
    setReading(false);
    if (!prepared.ok) {
      setError(prepared.message);
      return;
    }
    try {
      const { ok: _ok, ...proof } = prepared;
      await upload({ variables: { input: { certificationId, ...proof } } });
      onUploaded(`${file.name} was sent for review.`);
      setFile(null);
      setInputKey((key) => key + 1);
    } catch (caught) {
      setError(errorDetails(caught).message);
    }
  }

  return (
    <form className="portal-form portal-form--inline" onSubmit={(event) => void submit(event)} noValidate aria-label={`Upload proof for ${certificationName}`}>
      <FormField
        key={inputKey}
        label="Proof document"
        type="file"
        accept={PROOF_ACCEPT}
        hint={file && !error ? `${file.name}, ${formatBytes(file.size)}` : 'PDF, PNG or JPEG, at most 5 MB. A photo of the certificate works.'}
        error={error}
        onChange={(event) => choose(event.target.files?.[0] ?? null)}
      />
      <Button type="submit" variant="primary" pending={reading || loading} disabled={Boolean(file && checkProofFile(file))}>
        Upload proof
      </Button>
    </form>
  );
}
