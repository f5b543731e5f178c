/**
 * H6: the committee member's pending items — requests before a committee they sit on that they have not
 * voted on yet (the server's `awaitingMyVote` filter), each one vote away.
 */
import { Button } from '@mui/material';
import { useState } from 'react';
import { Datagrid, List, ReferenceField, TextField, Title, useRecordContext, useTranslate } from 'react-admin';
import { csvExporter } from '../common/csv';
import { ListActions } from '../common/ListActions';
import { DualDateField } from '../common/DualDateField';
import { SlaBadge } from '../common/SlaBadge';
import { VoteDialog } from './VoteDialog';

const VoteButton = (_props: { label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  if (!record) return null;
  return (
    <>
      <Button
        size="small"
        variant="outlined"
        onClick={(e) => {
          e.stopPropagation();
          setOpen(true);
        }}
      >
        {translate('wasl.committee.vote')}
      </Button>
      {open && (
        <VoteDialog id={String(record.id)} tracking={String(record.trackingNumber)} onClose={() => setOpen(false)} />
      )}
    </>
  );
};

export const CommitteeQueue = () => {
  const translate = useTranslate();
  return (
    <>
      <Title title={translate('wasl.committee.pending')} />
      <List
        actions={<ListActions filters={false} />}
        resource="service-requests"
        filter={{ status: 'in_committee', awaitingMyVote: true }}
        sort={{ field: 'completedAt', order: 'ASC' }}
        exporter={csvExporter('committee-items')}
        title={translate('wasl.committee.pending')}
        disableSyncWithLocation
      >
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <TextField source="trackingNumber" />
          <ReferenceField source="service" reference="services" link={false}>
            <TextField source="nameAr" />
          </ReferenceField>
          <SlaBadge label="resources.service-requests.fields.slaState" />
          <DualDateField source="completedAt" />
          <DualDateField source="dueAt" />
          <VoteButton label="wasl.committee.vote" />
        </Datagrid>
      </List>
    </>
  );
};
