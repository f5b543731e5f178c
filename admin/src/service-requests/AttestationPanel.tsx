/**
 * ESR-H5: the beneficiary's attestation that the data is true, recorded by the officer who witnessed it.
 * The statement is stored in Arabic whatever the console's language: it is what the beneficiary signs.
 */
import { Alert, Box, Button, Typography } from '@mui/material';
import { useCreate, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { useQueryClient } from '@tanstack/react-query';
import { useCan } from '../common/access';
import { arApp } from '../i18n/ar';
import { useJourney } from './journey';

export const AttestationPanel = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const mayRecord = useCan('attestations', 'create');
  const { data } = useJourney(record?.id as string | undefined);
  const [create, { isPending }] = useCreate();
  if (!record || !data) return null;
  const save = () =>
    create('attestations', { data: { beneficiary: record.beneficiary, request: record.id, method: 'witnessed_checkbox', statementAr: arApp.wasl.request.attestation_statement } }, {
      onSuccess: () => {
        notify(translate('wasl.request.attestation_recorded'), { type: 'success' });
        void queryClient.invalidateQueries({ queryKey: ['service-requests', 'journey'] });
      },
      onError: (error) => notify((error as Error).message, { type: 'error' }),
    });
  return (
    <Box data-testid="attestation">
      <Typography variant="subtitle1">{translate('wasl.request.attestation')}</Typography>
      {data.hasAttestation ? (
        <Alert severity="success">{translate('wasl.request.attested')}</Alert>
      ) : (
        <Alert severity="warning" action={mayRecord && <Button onClick={save} disabled={isPending} data-testid="record-attestation">{translate('wasl.request.record_attestation')}</Button>}>
          {translate('wasl.request.not_attested')}
        </Alert>
      )}
    </Box>
  );
};
