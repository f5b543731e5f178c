/** Staff acknowledge the policy version they have read (PD: read and signed); the server records who and when. */
import { Button } from '@mui/material';
import { useCreate, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { useCan } from '../common/access';

export const AcknowledgeButton = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [create, { isPending }] = useCreate();
  if (!useCan('policy-acknowledgements', 'create') || !record) return null;
  const acknowledge = () =>
    create(
      'policy-acknowledgements',
      { data: { policy: record.id, versionNumber: record.versionNumber } },
      {
        onSuccess: () => {
          notify(translate('wasl.policy.acknowledged'), { type: 'success' });
          refresh();
        },
        onError: (error) => notify((error as Error).message, { type: 'error' }),
      },
    );
  return (
    <Button variant="contained" onClick={acknowledge} disabled={isPending} data-testid="acknowledge">
      {translate('wasl.policy.acknowledge')}
    </Button>
  );
};
