/**
 * MC7–MC9, S2, S3: the daily field survey. The list; the checklist form (general order, clarity of service
 * guidance, workflow at service sites, the branch's beneficiary-service office: each in order or not,
 * with a note — the server requires the note for an item not in order); an emergency (MC8) is mailed to
 * every manager by the server at once. The show screen lists the findings with their corrective actions,
 * adds either, and marks an action done (the server records who and when).
 */
import FactCheckIcon from '@mui/icons-material/FactCheck';
import {
  BooleanField,
  BooleanInput,
  Create,
  Datagrid,
  DateInput,
  Edit,
  List,
  ReferenceField,
  ReferenceInput,
  SelectInput,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  TextInput,
  required,
} from 'react-admin';
import { csvExporter } from '../common/csv';
import { ListActions } from '../common/ListActions';
import { DualDateField } from '../common/DualDateField';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/inputs';
import { Findings } from './Findings';

const riyadhToday = () => new Date(Date.now() + 3 * 3600_000).toISOString().slice(0, 10);

const filters = [
  <DateInput key="from" source="inspectionDate_gte" label="wasl.visit_totals.from" alwaysOn />,
  <DateInput key="to" source="inspectionDate_lte" label="wasl.visit_totals.to" alwaysOn />,
  <ReferenceInput key="branch" source="branch" reference="branches" alwaysOn>
    <SelectInput optionText="nameAr" />
  </ReferenceInput>,
  <EnumInput key="status" source="status" enumName="inspectionStatus" />,
  <BooleanInput key="emergency" source="emergency" />,
];

const InspectionList = () => (
  <List
    actions={<ListActions />}
    filters={filters}
    sort={{ field: 'inspectionDate', order: 'DESC' }}
    exporter={csvExporter('field-inspections')}
  >
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <DualDateField source="inspectionDate" />
      <ReferenceField source="branch" reference="branches" link={false}>
        <TextField source="nameAr" />
      </ReferenceField>
      <TextField source="site" />
      <BooleanField source="orderOk" />
      <BooleanField source="guidanceClear" />
      <BooleanField source="workflowOk" />
      <BooleanField source="officeOk" />
      <BooleanField source="emergency" />
      <EnumField source="status" enumName="inspectionStatus" />
    </Datagrid>
  </List>
);

const CHECKLIST = [
  ['orderOk', 'orderNote'],
  ['guidanceClear', 'guidanceNote'],
  ['workflowOk', 'workflowNote'],
  ['officeOk', 'officeNote'],
] as const;

const InspectionCreate = () => (
  <Create redirect="show">
    <SimpleForm
      defaultValues={{
        inspectionDate: riyadhToday(),
        orderOk: true,
        guidanceClear: true,
        workflowOk: true,
        officeOk: true,
        emergency: false,
      }}
    >
      <DateInput source="inspectionDate" validate={required()} />
      <ReferenceInput source="branch" reference="branches">
        <SelectInput optionText="nameAr" validate={required()} />
      </ReferenceInput>
      <TextInput source="site" fullWidth />
      {CHECKLIST.map(([ok, note]) => (
        <div key={ok} style={{ display: 'flex', gap: 16, alignItems: 'center', width: '100%' }}>
          <BooleanInput source={ok} />
          <TextInput source={note} fullWidth />
        </div>
      ))}
      <TextInput source="findings" multiline fullWidth />
      <BooleanInput source="emergency" helperText="wasl.inspection.emergency_help" />
      <TextInput source="correctiveAction" multiline fullWidth />
    </SimpleForm>
  </Create>
);

const InspectionEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <EnumInput source="status" enumName="inspectionStatus" validate={required()} />
      <TextInput source="findings" multiline fullWidth />
      <TextInput source="correctiveAction" multiline fullWidth />
    </SimpleForm>
  </Edit>
);

const InspectionShow = () => (
  <Show>
    <SimpleShowLayout>
      <DualDateField source="inspectionDate" />
      <ReferenceField source="branch" reference="branches" link={false}>
        <TextField source="nameAr" />
      </ReferenceField>
      <TextField source="site" emptyText="—" />
      <BooleanField source="orderOk" />
      <TextField source="orderNote" emptyText="—" />
      <BooleanField source="guidanceClear" />
      <TextField source="guidanceNote" emptyText="—" />
      <BooleanField source="workflowOk" />
      <TextField source="workflowNote" emptyText="—" />
      <BooleanField source="officeOk" />
      <TextField source="officeNote" emptyText="—" />
      <TextField source="findings" emptyText="—" />
      <BooleanField source="emergency" />
      <TextField source="correctiveAction" emptyText="—" />
      <DualDateField source="reportedToManagerAt" withTime />
      <EnumField source="status" enumName="inspectionStatus" />
      <Findings />
    </SimpleShowLayout>
  </Show>
);

export default {
  list: InspectionList,
  create: InspectionCreate,
  edit: InspectionEdit,
  show: InspectionShow,
  icon: FactCheckIcon,
};
