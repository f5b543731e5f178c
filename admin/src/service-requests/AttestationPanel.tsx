/**
 * ESR-H5: the beneficiary's attestation that the data is true, recorded by the officer who witnessed it.
 * The statement is stored in Arabic whatever the console's language: it is what the beneficiary signs.
 */
import { useState } from 'react';
import { Alert, Box, Button, Stack, Typography } from '@mui/material';
import { useCreate, useDataProvider, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { useQueryClient } from '@tanstack/react-query';
import { useCan } from '../common/access';
import { arApp } from '../i18n/ar';
import type { WaslDataProvider } from '../dataProvider';
import { useJourney } from './journey';
import { SignatureDialog } from './SignatureDialog';

export const AttestationPanel = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const mayRecord = useCan('attestations', 'create');
  const { data } = useJourney(record?.id as string | undefined);
  const dataProvider = useDataProvider<WaslDataProvider>();
  const [create, { isPending }] = useCreate();
  const [signing, setSigning] = useState(false);
  const [uploading, setUploading] = useState(false);
  if (!record || !data) return null;
  const recorded = () => {
    notify(translate('wasl.request.attestation_recorded'), { type: 'success' });
    void queryClient.invalidateQueries({ queryKey: ['service-requests', 'journey'] });
  };
  const failed = (error: unknown) => notify((error as Error).message, { type: 'error' });
  const createAttestation = (
    method: 'witnessed_checkbox' | 'signature_image',
    then: (id: string) => Promise<unknown> | void,
  ) =>
    create(
      'attestations',
      {
        data: {
          beneficiary: record.beneficiary,
          request: record.id,
          method,
          statementAr: arApp.wasl.request.attestation_statement,
        },
      },
      {
        onSuccess: (created) => void Promise.resolve(then(String(created.id))).then(recorded, failed),
        onError: failed,
      },
    );
  // The statement is created, then signed: until the image is attached it does not count (server rule).
  const sign = (png: string) => {
    setUploading(true);
    createAttestation('signature_image', (id) =>
      dataProvider.signAttestation(id, png).finally(() => {
        setUploading(false);
        setSigning(false);
      }),
    );
  };
  return (
    <Box data-testid="attestation">
      <Typography variant="subtitle1">{translate('wasl.request.attestation')}</Typography>
      {data.hasAttestation ? (
        <Alert severity="success">{translate('wasl.request.attested')}</Alert>
      ) : (
        <Alert
          severity="warning"
          action={
            mayRecord && (
              <Stack direction="row" spacing={1}>
                <Button
                  onClick={() => setSigning(true)}
                  disabled={isPending || uploading}
                  data-testid="sign-attestation"
                >
                  {translate('wasl.request.sign_on_screen')}
                </Button>
                <Button
                  onClick={() => createAttestation('witnessed_checkbox', () => undefined)}
                  disabled={isPending || uploading}
                  data-testid="record-attestation"
                >
                  {translate('wasl.request.record_attestation')}
                </Button>
              </Stack>
            )
          }
        >
          {translate('wasl.request.not_attested')}
        </Alert>
      )}
      <SignatureDialog
        open={signing}
        busy={isPending || uploading}
        statement={arApp.wasl.request.attestation_statement}
        onClose={() => setSigning(false)}
        onSign={sign}
      />
    </Box>
  );
};
