/**
 * MC6: meetings with officials. The server refuses a slot outside working hours, on the weekend or a
 * holiday, ending before it starts, or over the official's other scheduled meeting (422 naming the rule);
 * the refusal shows on the start or end field (admin/src/httpClient.ts maps field errors to the form).
 */
import EventIcon from '@mui/icons-material/Event';
import {
  Create,
  Datagrid,
  DateTimeInput,
  Edit,
  List,
  ReferenceField,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  TextField,
  TextInput,
  required,
} from 'react-admin';
import { csvExporter } from '../common/csv';
import { ListActions } from '../common/ListActions';
import { DualDateField } from '../common/DualDateField';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/inputs';

const filters = [
  <TextInput key="q" source="q" alwaysOn />,
  <EnumInput key="status" source="status" enumName="appointmentStatus" alwaysOn />,
  <DateTimeInput key="from" source="startsAt_gte" label="wasl.visit_totals.from" />,
  <DateTimeInput key="to" source="startsAt_lte" label="wasl.visit_totals.to" />,
];

const AppointmentList = () => (
  <List
    actions={<ListActions />}
    filters={filters}
    filterDefaultValues={{ status: 'scheduled' }}
    sort={{ field: 'startsAt', order: 'ASC' }}
    exporter={csvExporter('appointments')}
  >
    <Datagrid rowClick="edit" bulkActionButtons={false}>
      <DualDateField source="startsAt" withTime />
      <DualDateField source="endsAt" withTime />
      <TextField source="officialName" />
      <TextField source="officialTitle" />
      <ReferenceField source="branch" reference="branches" link={false}>
        <TextField source="nameAr" />
      </ReferenceField>
      <EnumField source="status" enumName="appointmentStatus" />
    </Datagrid>
  </List>
);

const AppointmentForm = () => (
  <SimpleForm>
    <TextInput source="officialName" validate={required()} fullWidth />
    <TextInput source="officialTitle" fullWidth />
    <DateTimeInput source="startsAt" validate={required()} />
    <DateTimeInput source="endsAt" validate={required()} />
    <ReferenceInput source="branch" reference="branches">
      <SelectInput optionText="nameAr" />
    </ReferenceInput>
    <EnumInput source="status" enumName="appointmentStatus" validate={required()} />
    <TextInput source="purpose" multiline fullWidth />
  </SimpleForm>
);

const AppointmentCreate = () => (
  <Create redirect="list">
    <AppointmentForm />
  </Create>
);
const AppointmentEdit = () => (
  <Edit mutationMode="pessimistic">
    <AppointmentForm />
  </Edit>
);

export default { list: AppointmentList, create: AppointmentCreate, edit: AppointmentEdit, icon: EventIcon };
