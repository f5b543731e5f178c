/** ESR-H6: the committee's votes so far and its decision with reasons, for the roles that may see them. */
import { Alert, Box, Button, Typography } from '@mui/material';
import { useState } from 'react';
import { Datagrid, ReferenceManyField, TextField, useRecordContext, useTranslate } from 'react-admin';
import { useCan, useRole } from '../common/access';
import { DualDateField } from '../common/DualDateField';
import { EnumField } from '../common/EnumField';
import { VoteDialog } from '../committee/VoteDialog';
import { useJourney } from './journey';

const Votes = ({ id }: { id: string }) => {
  const translate = useTranslate();
  const { data } = useJourney(id);
  if (!data) return null;
  return (
    <Typography variant="body2" data-testid="tally">
      {translate('wasl.request.votes', data.votes)}
    </Typography>
  );
};

export const DecisionPanel = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const role = useRole();
  const [voting, setVoting] = useState(false);
  const seesDecisions = useCan('decisions', 'find');
  const seesVotes = useCan('votes', 'find');
  if (!record || !seesDecisions) return null;
  const mayVote = role === 'committee_member' && record.status === 'in_committee';
  return (
    <Box data-testid="decision">
      <Typography variant="subtitle1">{translate('wasl.request.decision')}</Typography>
      {seesVotes && <Votes id={String(record.id)} />}
      {mayVote && (
        <Button variant="contained" onClick={() => setVoting(true)} data-testid="open-vote" sx={{ my: 1 }}>
          {translate('wasl.committee.vote')}
        </Button>
      )}
      {voting && (
        <VoteDialog id={String(record.id)} tracking={String(record.trackingNumber)} onClose={() => setVoting(false)} />
      )}
      <ReferenceManyField
        reference="decisions"
        target="request"
        empty={<Alert severity="info">{translate('wasl.request.no_decision')}</Alert>}
      >
        <Datagrid bulkActionButtons={false} data-testid="decisions">
          <EnumField source="outcome" enumName="outcome" />
          <TextField source="reasonsAr" />
          <TextField source="approveCount" />
          <TextField source="rejectCount" />
          <DualDateField source="decidedAt" withTime />
        </Datagrid>
      </ReferenceManyField>
    </Box>
  );
};
