import { readdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok } from '../../../test-support/sessions.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';
import { MAX_PROOF_BYTES } from '../proof-file.js';
import { assignCertification, portalOrg, SAMPLE_FILES, worker, type PortalOrg, type SignedInWorker } from './fixtures.js';

const UPLOAD = `mutation($input: CertificationProofInput!) { uploadCertificationProof(input: $input) {
  id status valid expired reviewNote proofs { id fileName contentType sizeBytes downloadUrl } } }`;

interface Uploaded {
  id: string;
  status: string;
  valid: boolean;
  reviewNote: string | null;
  proofs: Array<{ id: string; fileName: string; contentType: string; sizeBytes: number; downloadUrl: string }>;
}

describe('portal: My Certifications', () => {
  let app: TestApp;
  let org: PortalOrg;
  let wendy: SignedInWorker;
  let certificationId: string;

  const upload = (input: Record<string, unknown>) => app.graphql<{ uploadCertificationProof: Uploaded }>(UPLOAD, { input: { certificationId, fileName: 'licence.pdf', ...input } }, wendy.token);
  const storedFiles = async (): Promise<number> => {
    const entries = await readdir(app.config.uploadsDir, { recursive: true, withFileTypes: true }).catch(() => []);
    return entries.filter((entry) => entry.isFile()).length;
  };
  const proofRows = async (): Promise<number> => {
    const [row]: Array<{ n: number }> = await app.database.dataSource.query('SELECT count(*)::int AS n FROM certification_proof WHERE certification_id = $1', [certificationId]);
    return row!.n;
  };

  beforeAll(async () => {
    app = await startTestApp();
    org = await portalOrg(app, 'Certifications Org');
    wendy = await worker(app, org);
    certificationId = await assignCertification(app.database.dataSource, org.tenant.id, wendy.user.id, 'Forklift licence', '2099-12-31');
  });
  afterAll(async () => {
    await app.close();
  });

  it('lists assigned certifications; none counts before approval', async () => {
    const list = ok(await app.graphql<{ myCertifications: unknown[] }>('{ myCertifications { id name expiresOn status valid expired proofs { id } } }', {}, wendy.token));
    expect(list.myCertifications).toEqual([
      { id: certificationId, name: 'Forklift licence', expiresOn: '2099-12-31', status: 'AWAITING_PROOF', valid: false, expired: false, proofs: [] },
    ]);
  });

  it('refuses oversize files, other types and bytes that do not match the type, storing nothing', async () => {
    const oversize = Buffer.alloc(MAX_PROOF_BYTES + 1, 0x20);
    SAMPLE_FILES.pdf.copy(oversize);
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ contentType: 'application/pdf', contentBase64: oversize.toString('base64') }, 'contentBase64'],
      [{ contentType: 'text/html', contentBase64: Buffer.from('<script>alert(1)</script>').toString('base64'), fileName: 'x.html' }, 'contentType'],
      [{ contentType: 'image/svg+xml', contentBase64: Buffer.from('<svg/>').toString('base64'), fileName: 'x.svg' }, 'contentType'],
      [{ contentType: 'application/pdf', contentBase64: SAMPLE_FILES.png.toString('base64') }, 'contentBase64'],
      [{ contentType: 'image/png', contentBase64: SAMPLE_FILES.jpeg.toString('base64'), fileName: 'x.png' }, 'contentBase64'],
      [{ contentType: 'image/jpeg', contentBase64: Buffer.from('MZ\x90\x00 not a jpeg').toString('base64'), fileName: 'x.jpg' }, 'contentBase64'],
      [{ contentType: 'application/pdf', contentBase64: '%%% not base64 %%%' }, 'contentBase64'],
      [{ contentType: 'application/pdf', contentBase64: '' }, 'contentBase64'],
    ];
    for (const [input, field] of cases) {
      const refused = await upload(input);
      expect(refused.errors?.[0]?.extensions, `${String(input.contentType)} -> ${field}`).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await storedFiles()).toBe(0);
    expect(await proofRows()).toBe(0);
  });

  it('stores a proof outside the database and sets the certification to PENDING_REVIEW, also after an approval', async () => {
    const first = ok(await upload({ contentType: 'application/pdf', contentBase64: SAMPLE_FILES.pdf.toString('base64'), fileName: '../../etc/licence 2026.pdf' }))
      .uploadCertificationProof;
    expect(first).toMatchObject({ id: certificationId, status: 'PENDING_REVIEW', valid: false });
    expect(first.proofs).toEqual([
      expect.objectContaining({ fileName: 'licence 2026.pdf', contentType: 'application/pdf', sizeBytes: SAMPLE_FILES.pdf.length }),
    ]);
    expect(first.proofs[0]!.downloadUrl).toMatch(new RegExp(`^${app.url}/files/proofs/${first.proofs[0]!.id}\\?token=`));
    const [stored]: Array<{ storage_key: string }> = await app.database.dataSource.query('SELECT storage_key FROM certification_proof WHERE id = $1', [first.proofs[0]!.id]);
    expect(stored!.storage_key).not.toContain('licence');
    expect(await storedFiles()).toBe(1);

    await app.database.dataSource.query("UPDATE worker_certification SET status = 'APPROVED', review_note = 'Looks good', reviewed_at = now() WHERE id = $1", [certificationId]);
    const second = ok(await upload({ contentType: 'image/png', contentBase64: SAMPLE_FILES.png.toString('base64'), fileName: 'renewal.png' })).uploadCertificationProof;
    expect(second).toMatchObject({ status: 'PENDING_REVIEW', valid: false, reviewNote: null });
    expect(second.proofs.map((proof) => proof.fileName)).toEqual(['renewal.png', 'licence 2026.pdf']);
    expect(await storedFiles()).toBe(2);
    const [audit]: Array<{ n: number }> = await app.database.dataSource.query(
      "SELECT count(*)::int AS n FROM audit_entry WHERE action = 'portal.certification.upload_proof' AND actor_user_id = $1",
      [wendy.user.id],
    );
    expect(audit!.n).toBe(2);
  });

  it('takes a file of exactly 5 MB through the HTTP body limit', async () => {
    const largest = Buffer.alloc(MAX_PROOF_BYTES, 0x20);
    SAMPLE_FILES.pdf.copy(largest);
    const uploaded = ok(await upload({ contentType: 'application/pdf', contentBase64: largest.toString('base64'), fileName: 'scan.pdf' })).uploadCertificationProof;
    expect(uploaded.proofs[0]).toMatchObject({ fileName: 'scan.pdf', sizeBytes: MAX_PROOF_BYTES });
  });

  it('removes the stored file again when the database transaction fails', async () => {
    const before = await storedFiles();
    const rows = await proofRows();
    await app.database.dataSource.query("ALTER TABLE certification_proof ADD CONSTRAINT test_refuse_uploads CHECK (file_name <> 'refused.pdf')");
    try {
      const failed = await upload({ contentType: 'application/pdf', contentBase64: SAMPLE_FILES.pdf.toString('base64'), fileName: 'refused.pdf' });
      expect(failed.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await app.database.dataSource.query('ALTER TABLE certification_proof DROP CONSTRAINT test_refuse_uploads');
    }
    expect(await storedFiles()).toBe(before);
    expect(await proofRows()).toBe(rows);
  });

  it('deletes the proof files when a scheduler removes the certification', async () => {
    expect(await storedFiles()).toBeGreaterThan(0);
    ok(await app.graphql('mutation($id: ID!) { removeCertification(id: $id) { certifications { id } } }', { id: certificationId }, org.token));
    expect(await proofRows()).toBe(0);
    expect(await storedFiles()).toBe(0);
  });
});
