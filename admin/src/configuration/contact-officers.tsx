/**
 * I1, S6: a contact officer for each area of work and each beneficiary category. Each row is a routing
 * rule: complaints of its complaint category and/or its beneficiary category go to its officer
 * (cms/domain/complaint-routing.ts picks the best match); complaints no rule matches stay with the
 * follow-up committee.
 */
import SupportAgentIcon from '@mui/icons-material/SupportAgent';
import { useMediaQuery, type Theme } from '@mui/material';
import {
  BooleanField,
  BooleanInput,
  Create,
  Datagrid,
  Edit,
  List,
  SimpleForm,
  SimpleList,
  TextField,
  TextInput,
  required,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { COMPLAINT_WORK, rolesForWork } from '../../../cms/domain/staff-work';
import { csvExporter } from '../common/csv';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/inputs';
import { ListActions } from '../common/ListActions';
import { ListValueField, ListValueInput } from '../common/lists';
import { StaffChoiceInput, StaffNameField, useStaffName } from '../common/StaffChoiceInput';

const filters = [
  <ListValueInput key="complaintCategory" source="complaintCategory" resource="complaint-categories" />,
  <EnumInput key="beneficiaryCategory" source="beneficiaryCategory" enumName="category" />,
];

const AssignmentList = () => {
  const small = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const nameOf = useStaffName();
  const translate = useTranslate();
  return (
    <List actions={<ListActions />} filters={filters} exporter={csvExporter('contact-officer-assignments')}>
      {small ? (
        <SimpleList
          primaryText={(r: RaRecord) => nameOf(r.officer)}
          secondaryText={(r: RaRecord) => String(r.areaAr)}
          tertiaryText={(r: RaRecord) => (r.active ? '' : translate('wasl.configuration.inactive'))}
          linkType="edit"
        />
      ) : (
        <Datagrid rowClick="edit" bulkActionButtons={false}>
          <StaffNameField source="officer" />
          <TextField source="areaAr" />
          <ListValueField source="complaintCategory" resource="complaint-categories" />
          <EnumField source="beneficiaryCategory" enumName="category" />
          <BooleanField source="active" />
        </Datagrid>
      )}
    </List>
  );
};

const AssignmentForm = ({ creating }: { creating: boolean }) => {
  const translate = useTranslate();
  return (
    <SimpleForm defaultValues={creating ? { active: true } : undefined}>
      <StaffChoiceInput source="officer" roles={rolesForWork(COMPLAINT_WORK)} validate={required()} />
      <TextInput source="areaAr" validate={required()} fullWidth />
      <ListValueInput
        source="complaintCategory"
        resource="complaint-categories"
        emptyText="wasl.configuration.any_category"
        helperText={translate('wasl.configuration.routing_hint')}
      />
      <EnumInput source="beneficiaryCategory" enumName="category" emptyText="wasl.configuration.any_beneficiary" />
      <BooleanInput source="active" />
    </SimpleForm>
  );
};

export const contactOfficerAssignments = {
  list: AssignmentList,
  icon: SupportAgentIcon,
  recordRepresentation: 'areaAr',
  edit: () => (
    <Edit mutationMode="pessimistic" redirect="list">
      <AssignmentForm creating={false} />
    </Edit>
  ),
  create: () => (
    <Create redirect="list">
      <AssignmentForm creating />
    </Create>
  ),
};
