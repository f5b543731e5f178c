/** The menu: the landing page (statistics or the role's queue counts), the role's own resources (react-admin lists only those registered with a list), plus its queues. */
import AssessmentIcon from '@mui/icons-material/Assessment';
import GavelIcon from '@mui/icons-material/Gavel';
import RecordVoiceOverIcon from '@mui/icons-material/RecordVoiceOver';
import HowToRegIcon from '@mui/icons-material/HowToReg';
import TableChartIcon from '@mui/icons-material/TableChart';
import MenuBookIcon from '@mui/icons-material/MenuBook';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Menu as RaMenu, useTranslate } from 'react-admin';
import { can, useGranted, useRole } from '../common/access';
import { seesStatistics } from '../dashboard/queues';
import { ROLES } from '../../../cms/constants/roles';

export const Menu = () => {
  const role = useRole();
  const translate = useTranslate();
  const frontDesk = useGranted('plugin::wasl.front-desk.record');
  const visitTotals = useGranted('plugin::wasl.front-desk.daily');
  const monthlyReports = useGranted('plugin::wasl.monthly-report.monthly');
  // Issue 14: the association profile file is the association admin's alone.
  const profileImport = role === ROLES.ASSOCIATION_ADMIN;
  return (
    <RaMenu>
      <RaMenu.DashboardItem
        primaryText={translate(seesStatistics(role) ? 'wasl.dashboard.title' : 'wasl.dashboard.my_work')}
      />
      {role === ROLES.COMMITTEE_MEMBER && (
        <RaMenu.Item to="/committee" primaryText={translate('wasl.menu.committee')} leftIcon={<GavelIcon />} />
      )}
      {frontDesk && (
        <RaMenu.Item to="/front-desk" primaryText={translate('wasl.menu.front_desk')} leftIcon={<HowToRegIcon />} />
      )}
      {visitTotals && (
        <RaMenu.Item
          to="/visit-totals"
          primaryText={translate('wasl.menu.visit_totals')}
          leftIcon={<TableChartIcon />}
        />
      )}
      {monthlyReports && (
        <RaMenu.Item to="/reports/monthly" primaryText={translate('wasl.menu.reports')} leftIcon={<AssessmentIcon />} />
      )}
      <RaMenu.ResourceItems />
      {can(role, 'association-profiles', 'update') && (
        <RaMenu.Item
          to="/officer-tools"
          primaryText={translate('wasl.menu.officer_tools')}
          leftIcon={<MenuBookIcon />}
        />
      )}
      {profileImport && (
        <RaMenu.Item
          to="/profile-import"
          primaryText={translate('wasl.menu.profile_import')}
          leftIcon={<UploadFileIcon />}
        />
      )}
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
