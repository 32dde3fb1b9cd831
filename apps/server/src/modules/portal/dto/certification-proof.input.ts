import { Field, ID, InputType } from 'type-graphql';

@InputType('CertificationProofInput')
export class CertificationProofInput {
  @Field(() => ID)
  certificationId: string;

  @Field(() => String)
  fileName: string;

  @Field(() => String, { description: 'application/pdf, image/png or image/jpeg; the bytes must match.' })
  contentType: string;

  @Field(() => String, { description: 'The file, base64; at most 5 MB decoded.' })
  contentBase64: string;
}
