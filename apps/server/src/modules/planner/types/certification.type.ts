import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CertificationStatus } from './enums.type.js';

/** `worker` and `proofs` come from CertificationFieldsResolver, batched per request. */
@ObjectType('Certification')
export class CertificationType {
  @Field(() => ID)
  id: string;

  /** Whose certification it is; read by the `worker` field resolver, not a field itself. */
  userId: string;

  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true, description: 'Last day the certification is valid; null: does not expire.' })
  expiresOn: string | null;

  @Field(() => CertificationStatus)
  status: CertificationStatus;

  @Field(() => Boolean, { description: 'Approved and not expired: only then does it count.' })
  valid: boolean;

  @Field(() => Boolean)
  expired: boolean;

  @Field(() => String, { nullable: true })
  reviewNote: string | null;

  @Field(() => Date, { nullable: true })
  reviewedAt: Date | null;
}

/** `downloadUrl` is added by the portal's proof-download field resolver. */
@ObjectType('CertificationProof')
export class CertificationProofType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  fileName: string;

  @Field(() => String)
  contentType: string;

  @Field(() => Int)
  sizeBytes: number;

  @Field(() => Date)
  uploadedAt: Date;
}
