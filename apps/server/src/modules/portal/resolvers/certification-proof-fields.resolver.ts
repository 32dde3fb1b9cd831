import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../../graphql/context.js';
import { actingTenantId } from '../../auth/principal.js';
import { ForbiddenError } from '../../../kernel/errors.js';
import { proofDownloadUrl } from '../../files/proof-links.js';
import { CertificationProofType } from '../../planner/types/certification.type.js';

/**
 * The download link of a proof. Whoever can read the proof here (its worker in the portal, a
 * reviewer on the admin side) gets a link; the link itself is bound to this proof and tenant.
 */
@Resolver(() => CertificationProofType)
export class CertificationProofFieldsResolver {
  @FieldResolver(() => String, { description: 'A short-lived signed link (GET) to the file; valid for 5 minutes.' })
  downloadUrl(@Root() proof: CertificationProofType, @Ctx() context: Context): Promise<string> {
    const tenantId = actingTenantId(context.principal);
    if (!tenantId) throw new ForbiddenError('Enter a tenant first');
    return proofDownloadUrl(context.services.signedLinks, { id: proof.id, tenantId });
  }
}
