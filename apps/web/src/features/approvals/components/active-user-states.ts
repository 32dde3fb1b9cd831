import type { UserState } from '../../../gql/graphql';

/** Who may approve: every live state but deactivated (the server refuses inactive users). */
export const ACTIVE_USER_STATES: readonly UserState[] = ['INTRODUCTION', 'RELEASED', 'ACTIVE'];
