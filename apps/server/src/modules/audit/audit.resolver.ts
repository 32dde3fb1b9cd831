import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { actingTenantId } from '../auth/principal.js';
import { RequiresPermission, RequiresSuperAdmin } from '../../graphql/directives.js';
import { ForbiddenError } from '../../kernel/errors.js';
import { AuditEntryConnectionType, AuditFilterInput } from './audit-entry.type.js';
import { listAuditEntries } from './queries/entries.js';
import { AuditChainStatusType } from './chain/chain-status.type.js';

@Resolver()
export class AuditResolver {
  @RequiresPermission('audit.read')
  @Query(() => AuditEntryConnectionType, { description: "The tenant's audit trail, newest first." })
  auditEntries(
    @Arg('filter', () => AuditFilterInput, { nullable: true }) filter: AuditFilterInput | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() context: Context,
  ): Promise<AuditEntryConnectionType> {
    const tenantId = actingTenantId(context.principal);
    if (!tenantId) throw new ForbiddenError('Enter a tenant first');
    return listAuditEntries(context.dataSource, tenantId, filter ?? {}, { first, after });
  }

  @RequiresSuperAdmin()
  @Query(() => AuditEntryConnectionType, {
    description: "The platform's audit trail, newest first: what super admins did outside any tenant (tenants, super admin accounts).",
  })
  platformAuditEntries(
    @Arg('filter', () => AuditFilterInput, { nullable: true }) filter: AuditFilterInput | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() context: Context,
  ): Promise<AuditEntryConnectionType> {
    return listAuditEntries(context.dataSource, null, filter ?? {}, { first, after });
  }

  @RequiresPermission('audit.read')
  @Query(() => AuditChainStatusType, { description: "The state of the tenant's audit chain, for the Audit log page." })
  auditChain(@Ctx() context: Context): Promise<AuditChainStatusType> {
    const tenantId = actingTenantId(context.principal);
    if (!tenantId) throw new ForbiddenError('Enter a tenant first');
    return context.services.auditChain.status(tenantId);
  }

  @RequiresSuperAdmin()
  @Query(() => AuditChainStatusType, { description: "The state of the platform trail's audit chain." })
  platformAuditChain(@Ctx() context: Context): Promise<AuditChainStatusType> {
    return context.services.auditChain.status(null);
  }
}
