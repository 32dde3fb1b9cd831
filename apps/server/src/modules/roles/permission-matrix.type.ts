import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { ModuleType } from '../access/permission.type.js';
import { RoleType } from './role.type.js';

export enum MatrixCellState {
  GRANTED = 'granted',
  INHERITED = 'inherited',
  UNAVAILABLE = 'unavailable',
  OFF = 'off',
}
registerEnumType(MatrixCellState, {
  name: 'MatrixCellState',
  description: 'granted: the role has it itself; inherited: from a parent (change it there); unavailable: needs prerequisites; off.',
});

@ObjectType('InheritedFrom')
export class InheritedFromType {
  @Field(() => ID)
  roleId: string;

  @Field(() => String)
  roleName: string;

  @Field(() => [String], { description: 'Role names from the row\'s role to the ancestor.' })
  path: string[];
}

@ObjectType('MatrixCell')
export class MatrixCellType {
  @Field(() => String)
  key: string;

  @Field(() => MatrixCellState)
  state: MatrixCellState;

  @Field(() => Boolean, { description: 'False for inherited cells.' })
  toggleable: boolean;

  @Field(() => [InheritedFromType])
  inheritedFrom: InheritedFromType[];

  @Field(() => [String], { description: 'Prerequisites the role lacks for this permission.' })
  missing: string[];
}

@ObjectType('MatrixRow')
export class MatrixRowType {
  @Field(() => RoleType)
  role: RoleType;

  @Field(() => [MatrixCellType], { description: 'One cell per permission, in Permissions Reference order.' })
  cells: MatrixCellType[];
}

@ObjectType('PermissionMatrix', { description: 'The Permissions Manager: every role x every permission, grouped by module.' })
export class PermissionMatrixType {
  @Field(() => [ModuleType])
  modules: ModuleType[];

  @Field(() => [MatrixRowType])
  rows: MatrixRowType[];
}
