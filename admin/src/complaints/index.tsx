/** The complaint queue by status and channel with SLA badges, and one complaint with its action log. */
import FeedbackIcon from '@mui/icons-material/Feedback';
import {
  Datagrid,
  List,
  ReferenceManyField,
  SearchInput,
  Show,
  SimpleShowLayout,
  TextField,
  WithRecord,
} from 'react-admin';
import { csvExporter } from '../common/csv';
import { ListActions } from '../common/ListActions';
import { DualDateField } from '../common/DualDateField';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/inputs';
import { ContactTasks } from '../common/ContactTasks';
import { ListValueField, ListValueInput } from '../common/lists';
import { SlaBadge } from '../common/SlaBadge';
import { ComplaintAttachments } from './ComplaintAttachments';
import { ComplaintCreate } from './ComplaintCreate';
import { ComplaintSteps } from './ComplaintSteps';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <EnumInput key="status" source="status" enumName="complaintStatus" alwaysOn />,
  <ListValueInput key="channel" source="channel" resource="channels" />,
  <EnumInput key="kind" source="kind" enumName="complaintKind" />,
];

const ComplaintList = () => (
  <List
    actions={<ListActions />}
    filters={filters}
    sort={{ field: 'receivedAt', order: 'ASC' }}
    exporter={csvExporter('complaints')}
  >
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="trackingNumber" />
      <EnumField source="kind" enumName="complaintKind" />
      <TextField source="subject" />
      <ListValueField source="channel" resource="channels" />
      <EnumField source="status" enumName="complaintStatus" />
      <SlaBadge label="resources.service-requests.fields.slaState" />
      <DualDateField source="dueAt" />
    </Datagrid>
  </List>
);

const ComplaintShow = () => (
  <Show>
    <SimpleShowLayout>
      <ComplaintSteps label="wasl.complaint.steps.title" />
      <TextField source="trackingNumber" />
      <EnumField source="kind" enumName="complaintKind" />
      <ListValueField source="category" resource="complaint-categories" />
      <ListValueField source="channel" resource="channels" />
      <EnumField source="status" enumName="complaintStatus" />
      <TextField source="subject" />
      <TextField source="description" />
      <TextField source="complainantName" emptyText="—" />
      <TextField source="complainantPhone" emptyText="—" />
      <DualDateField source="receivedAt" withTime />
      <DualDateField source="dueAt" withTime />
      <TextField source="escalationLevel" emptyText="—" />
      <SlaBadge label="resources.service-requests.fields.slaState" />
      <TextField source="resolution" emptyText="—" />
      <ComplaintAttachments label="wasl.files.attachments" />
      <ReferenceManyField
        reference="complaint-actions"
        target="complaint"
        sort={{ field: 'at', order: 'ASC' }}
        label="resources.complaint-actions.name"
      >
        <Datagrid bulkActionButtons={false}>
          <EnumField source="kind" enumName="actionKind" />
          <TextField source="body" />
          <DualDateField source="at" withTime />
        </Datagrid>
      </ReferenceManyField>
      <WithRecord
        label="wasl.tasks.title"
        render={(record) => <ContactTasks owner="complaints" id={String(record.id)} />}
      />
    </SimpleShowLayout>
  </Show>
);

export default {
  list: ComplaintList,
  show: ComplaintShow,
  create: ComplaintCreate,
  icon: FeedbackIcon,
  recordRepresentation: 'trackingNumber',
};
