import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { TenantEntity } from '../../tenants/tenant.entity.js';
import type { ClaimMapping } from '../claim-mapping.js';

/** One claim value of the provider's role claim, and the role it gives (external authorization). */
export interface RoleMappingRow {
  claimValue: string;
  roleId: string;
}

/** A tenant's OpenID provider: at most one per tenant. */
@Entity({ name: 'oidc_provider' })
export class OidcProviderEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' })
  tenantId: string;

  @OneToOne(() => TenantEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tenant_id' })
  tenant?: Relation<TenantEntity>;

  /** Shown on the sign-in button: "Sign in with <displayName>". */
  @Column({ name: 'display_name', type: 'varchar', length: 100 })
  displayName: string;

  @Column({ name: 'issuer_url', type: 'varchar', length: 500 })
  issuerUrl: string;

  @Column({ name: 'client_id', type: 'varchar', length: 255 })
  clientId: string;

  /** Sealed with the deployment's secrets key (SecretBox); never returned by the API. */
  @Column({ name: 'client_secret_sealed', type: 'text' })
  clientSecretSealed: string;

  /** Requested besides `openid`. */
  @Column({ type: 'jsonb' })
  scopes: string[];

  @Column({ name: 'claim_mapping', type: 'jsonb' })
  claimMapping: ClaimMapping;

  /** In order: the first row whose claim value the user has decides the role. */
  @Column({ name: 'role_mappings', type: 'jsonb', default: () => `'[]'` })
  roleMappings: RoleMappingRow[];

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
