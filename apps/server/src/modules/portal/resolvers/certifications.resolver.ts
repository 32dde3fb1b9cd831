import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../../graphql/context.js';
import { Portal } from '../../../graphql/directives.js';
import { CertificationType } from '../../planner/types/certification.type.js';
import { CertificationProofInput } from '../dto/certification-proof.input.js';
import { listCertifications } from '../queries/certifications.js';
import { uploadCertificationProof } from '../use-cases/upload-proof.js';
import { portalWorkerOf } from '../worker.js';

@Resolver()
export class MyCertificationsResolver {
  @Portal()
  @Query(() => [CertificationType])
  myCertifications(@Ctx() context: Context): Promise<CertificationType[]> {
    return listCertifications(context.dataSource, portalWorkerOf(context.principal, context.origin));
  }

  @Portal()
  @Mutation(() => CertificationType)
  uploadCertificationProof(@Arg('input', () => CertificationProofInput) input: CertificationProofInput, @Ctx() context: Context): Promise<CertificationType> {
    return uploadCertificationProof(context.services.deps, portalWorkerOf(context.principal, context.origin), input);
  }
}
