/** Policies with their versions and board approval (PD1), and who of the staff has acknowledged them. */
import PolicyIcon from '@mui/icons-material/Policy';
import {
  Datagrid,
  List,
  NumberField,
  ReferenceManyField,
  SearchInput,
  Show,
  SimpleShowLayout,
  TextField,
} from 'react-admin';
import { csvExporter } from '../common/csv';
import { ListActions } from '../common/ListActions';
import { DualDateField } from '../common/DualDateField';
import { AcknowledgeButton } from './AcknowledgeButton';
import { SignaturesPanel } from './SignaturesPanel';

const PolicyList = () => (
  <List
    actions={<ListActions />}
    filters={[<SearchInput key="q" source="q" alwaysOn />]}
    exporter={csvExporter('policies')}
  >
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="titleAr" />
      <NumberField source="versionNumber" />
      <TextField source="boardMeetingNumber" />
      <DualDateField source="approvalDate" />
    </Datagrid>
  </List>
);

const PolicyShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="titleAr" />
      <NumberField source="versionNumber" />
      <TextField source="boardSession" />
      <TextField source="boardMeetingNumber" />
      <DualDateField source="approvalDate" />
      <TextField source="chairName" />
      <AcknowledgeButton />
      <SignaturesPanel label="wasl.policy.signatures" />
      <ReferenceManyField reference="policy-acknowledgements" target="policy" label="wasl.policy.acknowledgements">
        <Datagrid bulkActionButtons={false}>
          <TextField source="user" />
          <NumberField source="versionNumber" />
          <DualDateField source="acknowledgedAt" withTime />
        </Datagrid>
      </ReferenceManyField>
    </SimpleShowLayout>
  </Show>
);

export default { list: PolicyList, show: PolicyShow, icon: PolicyIcon, recordRepresentation: 'titleAr' };
