import { Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { RoleEntity } from './role.entity.js';

/** An edge of the role inheritance DAG: `roleId` inherits every permission of `parentRoleId`. */
@Entity({ name: 'role_parent' })
export class RoleParentEntity {
  @PrimaryColumn({ name: 'role_id', type: 'uuid' })
  roleId: string;

  @PrimaryColumn({ name: 'parent_role_id', type: 'uuid' })
  parentRoleId: string;

  @ManyToOne(() => RoleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'role_id' })
  role?: Relation<RoleEntity>;

  @ManyToOne(() => RoleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'parent_role_id' })
  parent?: Relation<RoleEntity>;
}
