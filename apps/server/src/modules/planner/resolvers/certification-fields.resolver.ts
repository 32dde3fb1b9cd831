import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../../graphql/context.js';
import { CertificationProofType, CertificationType } from '../types/certification.type.js';
import { PlannerUserType } from '../types/planner-user.type.js';
import { workerOf } from './planner-worker.js';

@Resolver(() => CertificationType)
export class CertificationFieldsResolver {
  @FieldResolver(() => PlannerUserType)
  worker(@Root() certification: CertificationType, @Ctx() context: Context): Promise<PlannerUserType> {
    return workerOf(context, certification.userId);
  }

  @FieldResolver(() => [CertificationProofType], { description: 'Newest first.' })
  proofs(@Root() certification: CertificationType, @Ctx() context: Context): Promise<CertificationProofType[]> {
    return context.loaders.planner.proofsByCertification.load(certification.id);
  }
}
