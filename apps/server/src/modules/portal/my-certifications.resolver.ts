import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Portal } from '../../graphql/directives.js';
import { CertificationType } from '../planner/types/certification.type.js';
import { CertificationProofInput } from './dto/portal.inputs.js';
import { portalWorkerOf } from './worker.js';

@Resolver()
export class MyCertificationsResolver {
  @Portal()
  @Query(() => [CertificationType])
  myCertifications(@Ctx() context: Context): Promise<CertificationType[]> {
    return context.services.portal.certifications.list(portalWorkerOf(context.principal, context.origin));
  }

  @Portal()
  @Mutation(() => CertificationType)
  uploadCertificationProof(@Arg('input', () => CertificationProofInput) input: CertificationProofInput, @Ctx() context: Context): Promise<CertificationType> {
    return context.services.portal.certifications.uploadProof(portalWorkerOf(context.principal, context.origin), input);
  }
}
