import { displayName } from './display-name.js';
import type { PersonType } from './types/person.type.js';
import type { UserEntity } from './user.entity.js';

export function toPerson(user: UserEntity): PersonType {
  return {
    id: user.id,
    username: user.username,
    email: user.email,
    firstName: user.firstName,
    lastName: user.lastName,
    displayName: displayName(user),
    phone: user.phone,
    jobTitle: user.jobTitle,
    department: user.department,
    location: user.location,
  };
}
