import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('AuditChainStatus', {
  description:
    "The audit trail's hash chain: each entry is chained to the one before it, and the chain is sealed with a signature at intervals. `verify-audit` walks it all.",
})
export class AuditChainStatusType {
  @Field(() => Int, { description: 'Entries in the chain.' })
  entries: number;

  @Field(() => Int, { description: 'Entries covered by the latest seal.' })
  sealedEntries: number;

  @Field(() => Date, { nullable: true, description: 'When the newest sealed entry was written: the chain was verified up to it.' })
  verifiedUpTo: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the latest seal was signed.' })
  sealedAt: Date | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Whether the latest seal's signature holds and the chain still ends there in the sealed hash; null before the first seal.",
  })
  sealIntact: boolean | null;
}
