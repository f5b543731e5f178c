/**
 * H6, H5: the association's committees — who sits on each and how many of them make its quorum. A
 * research or specialised committee votes on requests, the follow-up committee approves its minutes
 * (C3); the members offered are the staff whose role can, and the quorum can never exceed the members.
 */
import GroupsIcon from '@mui/icons-material/Groups';
import { useWatch } from 'react-hook-form';
import {
  BooleanField,
  BooleanInput,
  Create,
  Datagrid,
  Edit,
  List,
  NumberField,
  NumberInput,
  SimpleForm,
  TextField,
  TextInput,
  minValue,
  required,
  useTranslate,
} from 'react-admin';
import { committeeWork, rolesForWork } from '../../../cms/domain/staff-work';
import { csvExporter } from '../common/csv';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/inputs';
import { ListActions } from '../common/ListActions';
import { StaffChoiceInput } from '../common/StaffChoiceInput';

const CommitteeList = () => (
  <List actions={<ListActions filters={false} />} exporter={csvExporter('committees')}>
    <Datagrid rowClick="edit" bulkActionButtons={false}>
      <TextField source="nameAr" />
      <EnumField source="type" enumName="committeeType" />
      <NumberField source="quorum" />
      <BooleanField source="active" />
    </Datagrid>
  </List>
);

/** The quorum the members can reach: checked here for a quick answer, and again by the server. */
const quorumWithinMembers = (quorum: unknown, values: { members?: unknown[] }) => {
  const members = Array.isArray(values.members) ? values.members.length : 0;
  return members > 0 && typeof quorum === 'number' && quorum > members
    ? { message: 'wasl.configuration.quorum_above_members', args: { members } }
    : undefined;
};

const MembersInput = () => {
  const translate = useTranslate();
  const type = useWatch({ name: 'type' }) as unknown;
  return (
    <StaffChoiceInput
      source="members"
      multiple
      roles={rolesForWork(committeeWork(type))}
      helperText={translate('wasl.configuration.members_hint')}
    />
  );
};

const CommitteeForm = ({ creating }: { creating: boolean }) => (
  <SimpleForm defaultValues={creating ? { active: true, quorum: 2, members: [] } : undefined}>
    <TextInput source="key" validate={required()} inputProps={{ dir: 'ltr' }} />
    <TextInput source="nameAr" validate={required()} fullWidth />
    <TextInput source="nameEn" fullWidth inputProps={{ dir: 'ltr' }} />
    <EnumInput source="type" enumName="committeeType" validate={required()} />
    <MembersInput />
    <NumberInput source="quorum" min={1} step={1} validate={[required(), minValue(1), quorumWithinMembers]} />
    <BooleanInput source="active" />
  </SimpleForm>
);

export const committees = {
  list: CommitteeList,
  icon: GroupsIcon,
  recordRepresentation: 'nameAr',
  edit: () => (
    <Edit mutationMode="pessimistic" redirect="list">
      <CommitteeForm creating={false} />
    </Edit>
  ),
  create: () => (
    <Create redirect="list">
      <CommitteeForm creating />
    </Create>
  ),
};
