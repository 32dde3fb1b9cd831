import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../../graphql/context.js';
import { workerOf } from '../loaders.js';
import { OfferStatus } from '../types/enums.type.js';
import { ShiftOfferType, ShiftType } from '../types/shift.type.js';
import { SkillType } from '../types/skill.type.js';
import { PlannerUserType } from '../types/worker.type.js';

@Resolver(() => ShiftType)
export class ShiftFieldsResolver {
  @FieldResolver(() => SkillType, { nullable: true })
  requiredSkill(@Root() shift: ShiftType, @Ctx() context: Context): Promise<SkillType | null> | null {
    return shift.requiredSkillId ? context.loaders.planner.skillById.load(shift.requiredSkillId) : null;
  }

  @FieldResolver(() => Int, { description: 'Accepted offers.' })
  async filled(@Root() shift: ShiftType, @Ctx() context: Context): Promise<number> {
    const offers = await context.loaders.planner.offersByShift.load(shift.id);
    return offers.filter((offer) => offer.status === OfferStatus.ACCEPTED).length;
  }

  @FieldResolver(() => [ShiftOfferType])
  offers(@Root() shift: ShiftType, @Ctx() context: Context): Promise<ShiftOfferType[]> {
    return context.loaders.planner.offersByShift.load(shift.id);
  }
}

@Resolver(() => ShiftOfferType)
export class ShiftOfferFieldsResolver {
  @FieldResolver(() => PlannerUserType)
  worker(@Root() offer: ShiftOfferType, @Ctx() context: Context): Promise<PlannerUserType> {
    return workerOf(context.loaders.planner, offer.userId);
  }
}
