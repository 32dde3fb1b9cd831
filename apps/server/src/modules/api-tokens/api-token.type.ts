import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('ApiToken', { description: 'A personal API token (never the secret).' })
export class ApiTokenType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => String, { description: 'The start of the secret, to recognise it.' })
  prefix: string;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  expiresAt: Date | null;

  @Field(() => Date, { nullable: true })
  lastUsedAt: Date | null;
}

@ObjectType('IssuedApiToken', { description: 'The secret is shown this once; store it now.' })
export class IssuedApiTokenType {
  @Field(() => String, { description: 'Send as `Authorization: Bearer <secret>`.' })
  secret: string;

  @Field(() => ApiTokenType)
  apiToken: ApiTokenType;
}
