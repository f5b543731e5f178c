/** react-admin's dashboard: statistics for the manager and the association admin, queues for everyone else. */
import { ROLES } from '../../../cms/constants/roles';
import { useRole } from '../common/access';
import { ManagerDashboard } from './ManagerDashboard';
import { RoleLanding } from './RoleLanding';

export const Dashboard = () => {
  const role = useRole();
  if (role === null) return null;
  return role === ROLES.MANAGER || role === ROLES.ASSOCIATION_ADMIN ? <ManagerDashboard /> : <RoleLanding />;
};
