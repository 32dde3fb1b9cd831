import { useViewer } from '../../auth/viewer-context';
import type { UserDetail } from '../graphql/user.graphql';
import type { GuardedUserAction } from '@access/domain';
import { availability, type Availability } from '../user-actions';
import { useBeyondViewer } from './use-beyond-viewer';

/** Whether the viewer may take each action on `user`, with the reason when not (see availability). */
export function useUserActions(user: UserDetail): (action: GuardedUserAction) => Availability {
  const viewer = useViewer();
  const beyond = useBeyondViewer(user.id);
  return (action) => availability(user, action, viewer.permissions, beyond);
}
