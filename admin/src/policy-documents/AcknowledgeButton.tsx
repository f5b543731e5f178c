/**
 * PD3: staff acknowledge the published version they have read; the server records who, when and which
 * version. Offered only for a published policy that is not superseded and not yet signed by the caller
 * for its current version; a newly published version asks again.
 */
import { Button, Chip } from '@mui/material';
import { useCreate, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { useCan } from '../common/access';

export const AcknowledgeButton = (_props: { label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [create, { isPending }] = useCreate();
  if (!useCan('policy-acknowledgements', 'create') || !record) return null;
  if (record.acknowledgedByMe)
    return <Chip color="success" label={translate('wasl.policy.signed_by_me')} data-testid="acknowledged" />;
  if (!record.signable) return null;
  const acknowledge = () =>
    create(
      'policy-acknowledgements',
      { data: { policy: record.id } },
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
