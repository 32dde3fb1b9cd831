import { Router } from 'express';
import type { DataSource } from 'typeorm';
import { isUuid } from '../kernel/ids.js';
import type { FileStorage } from '../modules/files/file-storage.js';
import { PROOF_LINK_KIND } from '../modules/files/proof-links.js';
import type { SignedLinks } from '../modules/files/signed-links.js';
import { CertificationProofEntity } from '../modules/planner/entities/certification-proof.entity.js';

/**
 * The name offered to the browser's save dialog: an ASCII fallback without quotes, slashes or
 * control characters, plus the full UTF-8 name (RFC 6266), so a stored name cannot break the header.
 */
export function attachmentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\/;%]/g, '_').trim() || 'download';
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** GET /files/proofs/<id>?token=...: the bytes of an uploaded certification proof. */
export function proofDownloadRoutes(dataSource: DataSource, files: FileStorage, links: SignedLinks): Router {
  const router = Router();
  router.get('/files/proofs/:proofId', async (req, res) => {
    res.set({ 'Cache-Control': 'private, no-store', 'X-Content-Type-Options': 'nosniff' });
    const { proofId } = req.params;
    const token = typeof req.query.token === 'string' ? req.query.token : '';
    const grant = isUuid(proofId) ? await links.verify(token, PROOF_LINK_KIND, proofId) : null;
    if (!grant) {
      res.status(403).type('text/plain').send('This download link is not valid or has expired');
      return;
    }
    const proof = await dataSource.getRepository(CertificationProofEntity).findOneBy({ id: proofId, tenantId: grant.tenantId });
    const bytes = proof ? await files.get(proof.storageKey) : null;
    if (!proof || !bytes) {
      res.status(404).type('text/plain').send('File not found');
      return;
    }
    res
      .set({
        'Content-Type': proof.contentType,
        'Content-Disposition': attachmentDisposition(proof.fileName),
        // Even if a browser renders it, an uploaded file must not run script in this origin.
        'Content-Security-Policy': "default-src 'none'; sandbox",
      })
      .send(bytes);
  });
  return router;
}
