/** The menu: the role's own resources (react-admin lists only those registered with a list), plus its queues. */
import AssessmentIcon from '@mui/icons-material/Assessment';
import GavelIcon from '@mui/icons-material/Gavel';
import RecordVoiceOverIcon from '@mui/icons-material/RecordVoiceOver';
import { Menu as RaMenu, useTranslate } from 'react-admin';
import { can, useRole } from '../common/access';
import { grantedActions } from '../../../cms/constants/access';
import { ROLES } from '../../../cms/constants/roles';

export const Menu = () => {
  const role = useRole();
  const translate = useTranslate();
  return (
    <RaMenu>
      {role === ROLES.COMMITTEE_MEMBER && (
        <RaMenu.Item to="/committee" primaryText={translate('wasl.menu.committee')} leftIcon={<GavelIcon />} />
      )}
      {role && grantedActions(role).includes('plugin::wasl.monthly-report.monthly') && (
        <RaMenu.Item to="/reports/monthly" primaryText={translate('wasl.menu.reports')} leftIcon={<AssessmentIcon />} />
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
