/**
 * H6: the meeting's minutes, written by a member and approved by every member who must sign; any edit
 * withdraws the approvals (server rule). Shows who is still pending as a count: staff names are not
 * exposed through the record API.
 */
import { Alert, Box, Button, TextField, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useDataProvider, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { useRole } from '../common/access';
import type { WaslDataProvider } from '../dataProvider';
import { readSession } from '../session';

export const MinutesPanel = () => {
  const record = useRecordContext();
  const id = String(record?.id ?? '');
  const dataProvider = useDataProvider<WaslDataProvider>();
  const queryClient = useQueryClient();
  const translate = useTranslate();
  const notify = useNotify();
  const role = useRole();
  const { data } = useQuery({
    queryKey: ['minutes', id],
    queryFn: () => dataProvider.getMinutes(id),
    enabled: Boolean(id),
  });
  const [text, setText] = useState('');
  useEffect(() => setText(data?.minutesAr ?? ''), [data?.minutesAr]);
  const options = {
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['minutes', id] });
      notify(translate('wasl.minutes.saved'), { type: 'success' });
    },
    onError: (error: Error) => notify(error.message, { type: 'error' }),
  };
  const write = useMutation({ mutationFn: () => dataProvider.writeMinutes(id, text), ...options });
  const approve = useMutation({ mutationFn: () => dataProvider.approveMinutes(id), ...options });
  if (!data) return null;
  const me = readSession()?.user.id;
  const mayWrite = role === 'committee_member' || role === 'follow_up_committee';
  return (
    <Box data-testid="minutes" sx={{ width: '100%' }}>
      <Typography variant="subtitle1">{translate('wasl.minutes.title')}</Typography>
      <TextField
        value={text}
        onChange={(e) => setText(e.target.value)}
        multiline
        minRows={4}
        fullWidth
        disabled={!mayWrite}
        label={translate('wasl.minutes.text')}
      />
      <Typography variant="body2" sx={{ my: 1 }}>
        {translate('wasl.minutes.approvals', { approved: data.approvals.length, pending: data.pending.length })}
      </Typography>
      {data.pending.length === 0 && data.approvals.length > 0 && (
        <Alert severity="success">{translate('wasl.minutes.approved')}</Alert>
      )}
      {mayWrite && (
        <Box sx={{ display: 'flex', gap: 1 }}>
          <Button variant="outlined" onClick={() => write.mutate()} disabled={write.isPending || !text.trim()}>
            {translate('wasl.minutes.save')}
          </Button>
          {me !== undefined && data.pending.includes(me) && (
            <Button variant="contained" onClick={() => approve.mutate()} disabled={approve.isPending}>
              {translate('wasl.minutes.approve')}
            </Button>
          )}
        </Box>
      )}
    </Box>
  );
};
