import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignCertification, portalOrg, SAMPLE_FILES, worker } from '../../modules/portal/__tests__/fixtures.js';
import { startS3Server } from '../../test-support/s3-server.js';
import { ok } from '../../test-support/sessions.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.js';

const UPLOAD = 'mutation($input: CertificationProofInput!) { uploadCertificationProof(input: $input) { proofs { id downloadUrl } } }';

/** Two instances on one database: a proof uploaded through one is downloaded through the other. */
describe.each([
  ['an S3-compatible bucket both instances share', true],
  ['each instance its own local disk', false],
])('proofs on %s', (_name, shared) => {
  let database: TestDatabase;
  let s3: Awaited<ReturnType<typeof startS3Server>>;
  let first: TestApp;
  let second: TestApp;

  beforeAll(async () => {
    database = await createTestDatabase();
    s3 = await startS3Server();
    const fileStorageUrl = shared ? s3.url('proofs') : undefined;
    first = await startTestApp({ fileStorageUrl }, { database });
    second = await startTestApp({ fileStorageUrl }, { database });
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
    await database?.drop();
    await s3?.close();
  });

  it(shared ? 'serves the bytes through either instance' : 'cannot serve them through the other instance', async () => {
    const org = await portalOrg(first, 'Shared Files Org');
    const wendy = await worker(first, org);
    const certificationId = await assignCertification(first.database.dataSource, org.tenant.id, wendy.user.id);
    const [proof] = ok(
      await first.graphql<{ uploadCertificationProof: { proofs: Array<{ downloadUrl: string }> } }>(
        UPLOAD,
        { input: { certificationId, fileName: 'card.png', contentType: 'image/png', contentBase64: SAMPLE_FILES.png.toString('base64') } },
        wendy.token,
      ),
    ).uploadCertificationProof.proofs;
    const link = new URL(proof!.downloadUrl);

    const viaFirst = await fetch(new URL(link.pathname + link.search, first.url));
    expect(viaFirst.status).toBe(200);
    const viaSecond = await fetch(new URL(link.pathname + link.search, second.url));
    if (shared) {
      expect(viaSecond.status).toBe(200);
      expect(Buffer.from(await viaSecond.arrayBuffer())).toEqual(SAMPLE_FILES.png);
    } else {
      // The hazard a shared bucket removes: the file is on the other instance's disk.
      expect(viaSecond.status).toBe(404);
    }
  });
});
