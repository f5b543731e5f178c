/**
 * S1: the manager or the association admin sends a periodic survey to every beneficiary with an e-mail
 * address (or one branch's); sending again for the same period invites only those not yet invited.
 */
import { Button, MenuItem, Stack, TextField as MuiTextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useDataProvider, useGetList, useNotify, useRecordContext, useTranslate } from 'react-admin';
import type { WaslDataProvider } from '../dataProvider';
import { useGranted } from '../common/access';

export const CampaignPanel = (_props: { label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<WaslDataProvider>();
  const granted = useGranted('plugin::wasl.survey-tools.campaign');
  const [period, setPeriod] = useState('');
  const [branch, setBranch] = useState('');
  const [busy, setBusy] = useState(false);
  const { data: branches } = useGetList('branches', { pagination: { page: 1, perPage: 100 } }, { enabled: granted });
  if (!granted || !record || record.kind !== 'periodic') return null;
  const send = async () => {
    setBusy(true);
    try {
      const result = await dataProvider.sendSurveyCampaign(String(record.id), {
        period,
        ...(branch ? { branch } : {}),
      });
      notify(translate('wasl.surveys.campaign_done', { invited: result.invited, already: result.alreadyInvited }), {
        type: 'success',
      });
    } catch (error) {
      notify(
        (error as { body?: { error?: { details?: { messageAr?: string } } } }).body?.error?.details?.messageAr ??
          'wasl.error.generic',
        { type: 'error' },
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack spacing={1} data-testid="survey-campaign">
      <Typography variant="h6">{translate('wasl.surveys.campaign')}</Typography>
      <Stack direction="row" spacing={2}>
        <MuiTextField
          size="small"
          label={translate('wasl.surveys.campaign_period')}
          value={period}
          onChange={(e) => setPeriod(e.target.value)}
          inputProps={{ dir: 'ltr' }}
        />
        <MuiTextField
          select
          size="small"
          sx={{ minWidth: 200 }}
          label={translate('wasl.surveys.campaign_branch')}
          value={branch}
          onChange={(e) => setBranch(e.target.value)}
        >
          <MenuItem value="">—</MenuItem>
          {(branches ?? []).map((b) => (
            <MenuItem key={b.id} value={String(b.id)}>
              {String(b.nameAr)}
            </MenuItem>
          ))}
        </MuiTextField>
        <Button variant="contained" disabled={busy || !period} onClick={() => void send()}>
          {translate('wasl.surveys.campaign_send')}
        </Button>
      </Stack>
    </Stack>
  );
};
