import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum ImportRowStatus {
  CREATED = 'created',
  VALID = 'valid',
  ERROR = 'error',
}
registerEnumType(ImportRowStatus, { name: 'ImportRowStatus', description: 'VALID: would be created (dry run or another row failed).' });

@ObjectType('FieldError')
export class FieldErrorType {
  @Field(() => String)
  field: string;

  @Field(() => String)
  message: string;
}

@ObjectType('ImportRowResult')
export class ImportRowResultType {
  @Field(() => Int, { description: 'Line in the file (the header is line 1).' })
  line: number;

  @Field(() => String, { nullable: true })
  username: string | null;

  @Field(() => ImportRowStatus)
  status: ImportRowStatus;

  @Field(() => [FieldErrorType])
  errors: FieldErrorType[];
}

@ObjectType('ImportUsersResult', { description: 'Nothing is written when any row has an error, or on a dry run.' })
export class ImportUsersResultType {
  @Field(() => Boolean)
  dryRun: boolean;

  @Field(() => Int)
  created: number;

  @Field(() => Int)
  failed: number;

  @Field(() => [ImportRowResultType])
  rows: ImportRowResultType[];
}
