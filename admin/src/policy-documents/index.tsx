/**
 * Policies and guides (PD1–PD4, MC2): staff read the published versions and sign the policies; the
 * association admin writes drafts (rich text), with the board approval, and publishes or withdraws them.
 */
import PolicyIcon from '@mui/icons-material/Policy';
import {
  Create,
  Datagrid,
  Edit,
  FunctionField,
  List,
  NumberField,
  ReferenceField,
  ReferenceManyField,
  SearchInput,
  Show,
  SimpleShowLayout,
  TextField,
  useTranslate,
} from 'react-admin';
import { csvExporter } from '../common/csv';
import { ListActions } from '../common/ListActions';
import { DualDateField } from '../common/DualDateField';
import { EnumField } from '../common/EnumField';
import { AcknowledgeButton } from './AcknowledgeButton';
import { SignaturesPanel } from './SignaturesPanel';
import { PolicyForm } from './PolicyForm';
import { PublishButtons } from './PublishButtons';
import { PolicyStatus, PolicyText, Signatories, SupersededBy } from './PolicyPanels';

const PolicyList = () => (
  <List
    actions={<ListActions />}
    filters={[<SearchInput key="q" source="q" alwaysOn />]}
    exporter={csvExporter('policies')}
  >
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="titleAr" />
      <EnumField source="kind" enumName="policyKind" />
      <NumberField source="versionNumber" />
      <PolicyStatus label="wasl.policy.status" />
      <DualDateField source="approvalDate" />
    </Datagrid>
  </List>
);

const HijriDate = (_props: { label?: string }) => {
  const translate = useTranslate();
  return (
    <FunctionField
      render={(record: { approvalDateHijri?: string | null }) =>
        record.approvalDateHijri ? `${record.approvalDateHijri} ${translate('wasl.policy.hijri_suffix')}` : '—'
      }
    />
  );
};

const PolicyShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="titleAr" />
      <TextField source="titleEn" />
      <EnumField source="kind" enumName="policyKind" />
      <NumberField source="versionNumber" />
      <PolicyStatus label="wasl.policy.status" />
      <PublishButtons />
      <AcknowledgeButton />
      <PolicyText label="wasl.policy.text" />
      <TextField source="boardMeetingNumber" />
      <TextField source="boardSession" />
      <DualDateField source="approvalDate" />
      <HijriDate label="resources.policy-documents.fields.approvalDateHijri" />
      <TextField source="chairName" />
      <Signatories label="resources.policy-documents.fields.signatories" />
      <ReferenceField source="supersedes" reference="policy-documents" link="show" emptyText="—" />
      <SupersededBy label="wasl.policy.superseded_by" />
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

// PD3: the admin's edits stay a draft until published (PublishButtons on the page).
const PolicyEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <PolicyForm />
  </Edit>
);
const PolicyCreate = () => (
  <Create redirect="show">
    <PolicyForm />
  </Create>
);

export default {
  list: PolicyList,
  show: PolicyShow,
  edit: PolicyEdit,
  create: PolicyCreate,
  icon: PolicyIcon,
  recordRepresentation: 'titleAr',
};
