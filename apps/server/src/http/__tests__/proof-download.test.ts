import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignedLinks } from '../../modules/files/signed-links.js';
import { assignCertification, portalOrg, SAMPLE_FILES, worker, type PortalOrg, type SignedInWorker } from '../../modules/portal/__tests__/fixtures.js';
import { ok } from '../../test-support/sessions.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { PROOF_LINK_KIND } from '../../modules/files/proof-links.js';
import { attachmentDisposition } from '../proof-download.js';

describe('GET /files/proofs/<id>?token=...', () => {
  let app: TestApp;
  let org: PortalOrg;
  let wendy: SignedInWorker;
  let proof: { id: string; downloadUrl: string };

  beforeAll(async () => {
    app = await startTestApp();
    org = await portalOrg(app, 'Downloads Org');
    wendy = await worker(app, org);
    const certificationId = await assignCertification(app.database.dataSource, org.tenant.id, wendy.user.id);
    const uploaded = ok(await app.graphql<{ uploadCertificationProof: { proofs: Array<{ id: string; downloadUrl: string }> } }>(
      'mutation($input: CertificationProofInput!) { uploadCertificationProof(input: $input) { proofs { id downloadUrl } } }',
      { input: { certificationId, fileName: 'Zertifikat "Stapler" ü.png', contentType: 'image/png', contentBase64: SAMPLE_FILES.png.toString('base64') } },
      wendy.token,
    ));
    proof = uploaded.uploadCertificationProof.proofs[0]!;
  });
  afterAll(async () => {
    await app.close();
  });

  it('serves the stored bytes as an attachment with the stored type, never sniffed', async () => {
    const response = await fetch(proof.downloadUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    // Stricter than the app's policy, which every response gets first.
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    expect(response.headers.get('content-disposition')).toBe(attachmentDisposition('Zertifikat "Stapler" ü.png'));
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="Zertifikat _Stapler_ _.png"; filename\*=UTF-8''/);
    expect(Buffer.from(await response.arrayBuffer())).toEqual(SAMPLE_FILES.png);
  });

  it('refuses a tampered, expired, misdirected or access token', async () => {
    const url = new URL(proof.downloadUrl);
    const token = url.searchParams.get('token')!;
    const expired = await new SignedLinks(app.keys, () => app.url, () => Date.now() - 6 * 60_000).sign({ kind: PROOF_LINK_KIND, id: proof.id, tenantId: org.tenant.id });
    const signature = token.slice(token.lastIndexOf('.') + 1);
    const tampered = `${token.slice(0, token.lastIndexOf('.') + 1)}${signature[0] === 'A' ? 'B' : 'A'}${signature.slice(1)}`;
    const otherId = '00000000-0000-4000-8000-000000000000';
    for (const [label, path] of [
      ['tampered', `/files/proofs/${proof.id}?token=${tampered}`],
      ['expired', `/files/proofs/${proof.id}?token=${expired}`],
      ['for another file', `/files/proofs/${otherId}?token=${token}`],
      ['no token', `/files/proofs/${proof.id}`],
      ['an access token', `/files/proofs/${proof.id}?token=${wendy.token}`],
    ] as const) {
      const response = await fetch(`${app.url}${path}`);
      expect(response.status, label).toBe(403);
      expect(response.headers.get('content-type'), label).toMatch(/^text\/plain/);
    }
  });

  it('serves nothing across tenants even with a valid signature', async () => {
    const elsewhere = await portalOrg(app, 'Elsewhere');
    const crossTenant = await new SignedLinks(app.keys, () => app.url).url(`/files/proofs/${proof.id}`, { kind: PROOF_LINK_KIND, id: proof.id, tenantId: elsewhere.tenant.id });
    expect((await fetch(crossTenant)).status).toBe(404);
  });

  it('is not an access token either', async () => {
    const token = new URL(proof.downloadUrl).searchParams.get('token')!;
    const result = await app.graphql('{ me { username } }', {}, token);
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
