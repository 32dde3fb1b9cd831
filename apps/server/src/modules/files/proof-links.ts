import type { SignedLinks } from './signed-links.js';

/** The kind a proof link is signed for, so a link to another kind of file never opens a proof. */
export const PROOF_LINK_KIND = 'certification_proof';

/** A five-minute link to one proof file in one tenant: whoever may read the proof's metadata gets it. */
export function proofDownloadUrl(links: SignedLinks, proof: { id: string; tenantId: string }): Promise<string> {
  return links.url(`/files/proofs/${proof.id}`, { kind: PROOF_LINK_KIND, id: proof.id, tenantId: proof.tenantId });
}
