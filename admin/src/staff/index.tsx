/**
 * Staff accounts, for the association admin only (P1): the directory, a new account (no password: the
 * member sets one from the reset link), and the block / role / reset-link actions.
 */
import BadgeIcon from '@mui/icons-material/Badge';
import {
  BooleanField,
  Create,
  FunctionField,
  Datagrid,
  List,
  SelectInput,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  TextInput,
  email,
  required,
  useTranslate,
} from 'react-admin';
import { STAFF_ROLES, type StaffRole } from '../../../cms/constants/roles';
import { grantedActions } from '../../../cms/constants/access';
import { ListActions } from '../common/ListActions';
import type { ResourceScreens } from '../common/resourceProps';
import { StaffAdminPanel } from './StaffAdminPanel';

const RoleField = ({ source }: { source: 'role'; label?: string }) => {
  const translate = useTranslate();
  return <FunctionField source={source} render={(record: { role: string }) => translate(`wasl.role.${record.role}`)} />;
};

const StaffList = () => (
  <List actions={<ListActions filters={false} />} sort={{ field: 'username', order: 'ASC' }} exporter={false}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="username" />
      <TextField source="fullNameAr" />
      <RoleField source="role" />
      <BooleanField source="blocked" />
    </Datagrid>
  </List>
);

const StaffShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="username" />
      <TextField source="fullNameAr" />
      <TextField source="fullNameEn" />
      <RoleField source="role" />
      <BooleanField source="blocked" />
      <StaffAdminPanel />
    </SimpleShowLayout>
  </Show>
);

const RoleInput = () => {
  const translate = useTranslate();
  return (
    <SelectInput
      source="role"
      choices={STAFF_ROLES.map((id) => ({ id, name: translate(`wasl.role.${id}`) }))}
      validate={required()}
    />
  );
};

const StaffCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <TextInput source="username" validate={required()} inputProps={{ dir: 'ltr' }} />
      <TextInput source="email" type="email" validate={[required(), email()]} inputProps={{ dir: 'ltr' }} />
      <TextInput source="fullNameAr" validate={required()} />
      <TextInput source="fullNameEn" />
      <RoleInput />
    </SimpleForm>
  </Create>
);

/** The screens, for the role granted staff administration (cms/constants/access.ts DIRECTORY_GRANTS). */
export const staffScreensFor = (role: StaffRole | null): ResourceScreens =>
  role && grantedActions(role).includes('plugin::wasl.staff.update')
    ? { list: StaffList, show: StaffShow, create: StaffCreate, icon: BadgeIcon, recordRepresentation: 'fullNameAr' }
    : { recordRepresentation: 'fullNameAr' };
