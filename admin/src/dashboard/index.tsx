/** react-admin's dashboard: statistics for the manager and the association admin, queues for everyone else. */
import { useRole } from '../common/access';
import { ManagerDashboard } from './ManagerDashboard';
import { seesStatistics } from './queues';
import { RoleLanding } from './RoleLanding';

export const Dashboard = () => {
  const role = useRole();
  if (role === null) return null;
  return seesStatistics(role) ? <ManagerDashboard /> : <RoleLanding />;
};
