/** The request page: facts, SLA, what is missing, the allowed next steps, attestation, research, decision, history. */
import { Chip, Divider, Grid, Stack } from '@mui/material';
import {
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextField,
  useGetOne,
  useLocaleState,
  useRecordContext,
  WithRecord,
} from 'react-admin';
import { DualDateField } from '../common/DualDateField';
import { EnumField } from '../common/EnumField';
import { ContactTasks } from '../common/ContactTasks';
import { ListValueField } from '../common/lists';
import { SlaBadge } from '../common/SlaBadge';
import { AttestationPanel } from './AttestationPanel';
import { DecisionPanel } from './DecisionPanel';
import { MissingItems } from './MissingItems';
import { NextSteps } from './NextSteps';
import { OfficerToolLinks } from './OfficerToolLinks';
import { ResearchPanel } from './ResearchPanel';
import { Timeline } from './Timeline';

type RequiredDocument = { key: string; labelAr: string; labelEn: string };

/** The documents handed over, named as the service names them (its requiredDocuments list). */
const Documents = (_props: { label?: string }) => {
  const record = useRecordContext();
  const [locale] = useLocaleState();
  const { data: service } = useGetOne(
    'services',
    { id: String(record?.service ?? '') },
    { enabled: Boolean(record?.service) },
  );
  const known = (Array.isArray(service?.requiredDocuments) ? service.requiredDocuments : []) as RequiredDocument[];
  const labelOf = (key: string) => known.find((d) => d.key === key)?.[locale === 'en' ? 'labelEn' : 'labelAr'] ?? key;
  const documents = Array.isArray(record?.documentsProvided) ? (record.documentsProvided as string[]) : [];
  return (
    <Stack direction="row" gap={1} flexWrap="wrap">
      {documents.map((d) => (
        <Chip key={d} label={labelOf(d)} size="small" />
      ))}
    </Stack>
  );
};

const Workflow = () => (
  <WithRecord
    render={(record) => (
      <SimpleShowLayout>
        <NextSteps id={String(record.id)} />
        <Divider />
        <MissingItems id={String(record.id)} />
        <AttestationPanel />
        <ResearchPanel />
        <DecisionPanel />
        <ContactTasks owner="service-requests" id={String(record.id)} />
      </SimpleShowLayout>
    )}
  />
);

export const RequestShow = () => (
  <Show>
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, md: 5 }}>
        <SimpleShowLayout>
          <TextField source="trackingNumber" />
          <ReferenceField source="beneficiary" reference="beneficiaries" link="show">
            <TextField source="fullNameAr" />
          </ReferenceField>
          <ReferenceField source="service" reference="services" link={false}>
            <TextField source="nameAr" />
          </ReferenceField>
          <EnumField source="status" enumName="status" color="primary" />
          <SlaBadge label="resources.service-requests.fields.slaState" />
          <ListValueField source="channel" resource="channels" />
          <DualDateField source="receivedAt" withTime />
          <DualDateField source="completedAt" withTime />
          <DualDateField source="dueAt" withTime />
          <Documents label="resources.service-requests.fields.documentsProvided" />
          <TextField source="researchReport" emptyText="—" />
          <Timeline />
          <OfficerToolLinks label="wasl.configuration.tools_title" />
        </SimpleShowLayout>
      </Grid>
      <Grid size={{ xs: 12, md: 7 }}>
        <Workflow />
      </Grid>
    </Grid>
  </Show>
);
