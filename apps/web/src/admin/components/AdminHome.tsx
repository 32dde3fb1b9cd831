import { Navigate } from 'react-router';
import { visibleModules } from '../modules';
import { useViewer } from '../../features/auth/viewer-context';
import { NoModuleAccess } from './NoModuleAccess';

/** `/`: open the first module the user may see, or explain that there is none. */
export function AdminHome() {
  const viewer = useViewer();
  const modules = visibleModules(viewer).filter((module) => !module.supplementary);
  // A super admin outside any tenant starts on the platform's tenant list.
  const first = viewer.isSuperAdmin && !viewer.tenant ? modules.find((m) => m.id === 'tenants') : modules.find((m) => !m.superAdminOnly) ?? modules[0];
  return first ? <Navigate to={first.path} replace /> : <NoModuleAccess />;
}
