/** The menu: the landing page (statistics or the role's queue counts), the role's own resources (react-admin lists only those registered with a list), plus its queues. */
import GavelIcon from '@mui/icons-material/Gavel';
import RecordVoiceOverIcon from '@mui/icons-material/RecordVoiceOver';
import { Menu as RaMenu, useTranslate } from 'react-admin';
import { can, useRole } from '../common/access';
import { seesStatistics } from '../dashboard/queues';
import { ROLES } from '../../../cms/constants/roles';

export const Menu = () => {
  const role = useRole();
  const translate = useTranslate();
  return (
    <RaMenu>
      <RaMenu.DashboardItem
        primaryText={translate(seesStatistics(role) ? 'wasl.dashboard.title' : 'wasl.dashboard.my_work')}
      />
      {role === ROLES.COMMITTEE_MEMBER && (
        <RaMenu.Item to="/committee" primaryText={translate('wasl.menu.committee')} leftIcon={<GavelIcon />} />
      )}
      <RaMenu.ResourceItems />
      {can(role, 'survey-responses', 'create') && (
        <RaMenu.Item
          to="/survey-responses/create"
          primaryText={translate('wasl.surveys.record_interview')}
          leftIcon={<RecordVoiceOverIcon />}
        />
      )}
    </RaMenu>
  );
};
