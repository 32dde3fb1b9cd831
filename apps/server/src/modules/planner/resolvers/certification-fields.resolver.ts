import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../../graphql/context.js';
import { workerOf } from '../loaders.js';
import { CertificationProofType, CertificationType } from '../types/certification.type.js';
import { PlannerUserType } from '../types/worker.type.js';

@Resolver(() => CertificationType)
export class CertificationFieldsResolver {
  @FieldResolver(() => PlannerUserType)
  worker(@Root() certification: CertificationType, @Ctx() context: Context): Promise<PlannerUserType> {
    return workerOf(context.loaders.planner, certification.userId);
  }

  @FieldResolver(() => [CertificationProofType], { description: 'Newest first.' })
  proofs(@Root() certification: CertificationType, @Ctx() context: Context): Promise<CertificationProofType[]> {
    return context.loaders.planner.proofsByCertification.load(certification.id);
  }
}
