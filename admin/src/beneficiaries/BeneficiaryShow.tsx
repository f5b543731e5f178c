/** One beneficiary with everything the association holds about them: requests, complaints, attestations. */
import {
  Datagrid,
  FileField,
  ReferenceManyField,
  Show,
  Tab,
  TabbedShowLayout,
  TextField,
  BooleanField,
  ReferenceField,
  useRecordContext,
  useTranslate,
  Button,
} from 'react-admin';
import AddIcon from '@mui/icons-material/Add';
import { Link } from 'react-router-dom';
import { DualDateField } from '../common/DualDateField';
import { EnumField } from '../common/EnumField';
import { SlaBadge } from '../common/SlaBadge';
import { useCan } from '../common/access';
import { SignatureImageField } from '../common/PrivateFile';

const NewRequestButton = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!useCan('service-requests', 'create') || !record) return null;
  return (
    <Button
      component={Link}
      to="/service-requests/create"
      state={{ record: { beneficiary: record.id } }}
      label={translate('wasl.beneficiary.new_request')}
    >
      <AddIcon />
    </Button>
  );
};

export const BeneficiaryShow = () => {
  const translate = useTranslate();
  const seesComplaints = useCan('complaints', 'find');
  const seesAttestations = useCan('attestations', 'find');
  return (
    <Show>
      <TabbedShowLayout>
        <Tab label="resources.beneficiaries.name">
          <TextField source="fullNameAr" />
          <TextField source="nationalId" />
          <EnumField source="nationality" enumName="nationality" />
          <EnumField source="gender" enumName="gender" />
          <EnumField source="socialStatus" enumName="socialStatus" />
          <EnumField source="category" enumName="category" />
          <TextField source="phone" />
          <TextField source="email" />
          <EnumField source="preferredChannel" enumName="preferredChannel" />
          <BooleanField source="consentGiven" />
          <DualDateField source="birthDate" />
          <FileField source="attachments" src="url" title="name" target="_blank" emptyText="—" />
          <NewRequestButton />
        </Tab>
        <Tab label={translate('wasl.beneficiary.requests')} path="requests">
          <ReferenceManyField reference="service-requests" target="beneficiary" label={false}>
            <Datagrid rowClick="show" bulkActionButtons={false}>
              <TextField source="trackingNumber" />
              <ReferenceField source="service" reference="services" link={false}>
                <TextField source="nameAr" />
              </ReferenceField>
              <EnumField source="status" enumName="status" />
              <SlaBadge label="resources.service-requests.fields.slaState" />
              <DualDateField source="receivedAt" />
            </Datagrid>
          </ReferenceManyField>
        </Tab>
        {seesComplaints && (
          <Tab label={translate('wasl.beneficiary.complaints')} path="complaints">
            <ReferenceManyField reference="complaints" target="beneficiary" label={false}>
              <Datagrid rowClick="show" bulkActionButtons={false}>
                <TextField source="trackingNumber" />
                <TextField source="subject" />
                <EnumField source="status" enumName="complaintStatus" />
                <DualDateField source="receivedAt" />
              </Datagrid>
            </ReferenceManyField>
          </Tab>
        )}
        {seesAttestations && (
          <Tab label={translate('wasl.beneficiary.attestations')} path="attestations">
            <ReferenceManyField reference="attestations" target="beneficiary" label={false}>
              <Datagrid bulkActionButtons={false}>
                <EnumField source="method" enumName="attestationMethod" />
                <TextField source="statementAr" />
                <DualDateField source="attestedAt" withTime />
                <SignatureImageField source="signature" label="resources.attestations.fields.signature" />
              </Datagrid>
            </ReferenceManyField>
          </Tab>
        )}
      </TabbedShowLayout>
    </Show>
  );
};
