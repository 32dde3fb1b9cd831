import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { requireTenant } from '../auth/principal.js';
import type { Context } from '../../graphql/context.js';
import { RequiresPermission, Self } from '../../graphql/directives.js';
import { ForbiddenError, NotFoundError } from '../../kernel/errors.js';
import { isUuid } from '../../kernel/ids.js';
import { actorOf } from '../audit/actor.js';
import { UserEntity } from '../users/user.entity.js';
import { ApiTokenType, IssuedApiTokenType } from './api-token.type.js';
import type { TokenOwner } from './api-tokens.service.js';

function self(context: Context): TokenOwner {
  const principal = context.principal;
  if (principal?.kind !== 'user') throw new ForbiddenError('API tokens belong to tenant users');
  return { tenantId: principal.tenantId, userId: principal.userId };
}

async function userInTenant(context: Context, userId: string): Promise<TokenOwner> {
  const tenantId = requireTenant(context.principal);
  if (!isUuid(userId) || !(await context.dataSource.getRepository(UserEntity).existsBy({ id: userId, tenantId }))) {
    throw new NotFoundError('User');
  }
  return { tenantId, userId };
}

@Resolver()
export class ApiTokensResolver {
  @Self()
  @Query(() => [ApiTokenType], { description: 'Your personal API tokens.' })
  myApiTokens(@Ctx() context: Context): Promise<ApiTokenType[]> {
    return context.services.apiTokens.list(self(context));
  }

  @Self()
  @Mutation(() => IssuedApiTokenType, { description: 'A personal API token acting as you, with your current permissions.' })
  createApiToken(
    @Arg('name', () => String) name: string,
    @Arg('expiresAt', () => Date, { nullable: true }) expiresAt: Date | null,
    @Ctx() context: Context,
  ): Promise<IssuedApiTokenType> {
    return context.services.apiTokens.create(actorOf(context.principal, context.origin), self(context), name, expiresAt);
  }

  @Self()
  @Mutation(() => IssuedApiTokenType, { description: 'A new secret for one of your tokens; the old one stops working.' })
  regenerateApiToken(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<IssuedApiTokenType> {
    return context.services.apiTokens.regenerate(actorOf(context.principal, context.origin), self(context), id);
  }

  @Self()
  @Mutation(() => Boolean, { description: 'Revokes one of your tokens.' })
  async revokeApiToken(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<boolean> {
    await context.services.apiTokens.revoke(actorOf(context.principal, context.origin), self(context), id);
    return true;
  }

  @RequiresPermission('users.tokens.manage')
  @Query(() => [ApiTokenType], { description: "A user's API tokens, for their administrator." })
  async userApiTokens(@Arg('userId', () => ID) userId: string, @Ctx() context: Context): Promise<ApiTokenType[]> {
    return context.services.apiTokens.list(await userInTenant(context, userId));
  }

  @RequiresPermission('users.tokens.manage')
  @Mutation(() => IssuedApiTokenType, { description: 'Creates an API token for a user (seed 004); the secret is shown once.' })
  async createUserApiToken(
    @Arg('userId', () => ID) userId: string,
    @Arg('name', () => String) name: string,
    @Arg('expiresAt', () => Date, { nullable: true }) expiresAt: Date | null,
    @Ctx() context: Context,
  ): Promise<IssuedApiTokenType> {
    return context.services.apiTokens.create(actorOf(context.principal, context.origin), await userInTenant(context, userId), name, expiresAt);
  }

  @RequiresPermission('users.tokens.manage')
  @Mutation(() => Boolean, { description: "Revokes one of a user's API tokens." })
  async revokeUserApiToken(@Arg('userId', () => ID) userId: string, @Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<boolean> {
    await context.services.apiTokens.revoke(actorOf(context.principal, context.origin), await userInTenant(context, userId), id);
    return true;
  }
}
