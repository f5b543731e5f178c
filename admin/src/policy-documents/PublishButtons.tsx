/**
 * PD1–PD4: the association admin publishes or withdraws the document through the named routes; a refused
 * publish lists the server's own message for each field (the board approval, the version rule).
 */
import { useState } from 'react';
import { Alert, Button, List, ListItem, Stack } from '@mui/material';
import { useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { WaslDataProvider } from '../dataProvider';
import { useGranted } from '../common/access';

type Refusal = { message: string; fields: [string, string][] };

const refusalOf = (error: unknown): Refusal => {
  const body = (error as { body?: { errors?: Record<string, string> } }).body;
  return { message: (error as Error).message, fields: Object.entries(body?.errors ?? {}) };
};

export const PublishButtons = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<WaslDataProvider>();
  const [pending, setPending] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const granted = useGranted('plugin::wasl.policy-publishing.publish');
  if (!granted || !record) return null;
  const run = async (action: 'publish' | 'unpublish') => {
    setPending(true);
    setRefusal(null);
    try {
      await (action === 'publish' ? dataProvider.publishPolicy : dataProvider.unpublishPolicy)(String(record.id));
      notify(translate(action === 'publish' ? 'wasl.policy.published_done' : 'wasl.policy.unpublished_done'), {
        type: 'success',
      });
      refresh();
    } catch (error) {
      setRefusal(refusalOf(error));
    } finally {
      setPending(false);
    }
  };
  return (
    <Stack spacing={1} sx={{ my: 1 }}>
      <Stack direction="row" spacing={1}>
        <Button variant="contained" disabled={pending} onClick={() => run('publish')} data-testid="publish">
          {translate('wasl.policy.publish')}
        </Button>
        {record.published && (
          <Button variant="outlined" disabled={pending} onClick={() => run('unpublish')} data-testid="unpublish">
            {translate('wasl.policy.unpublish')}
          </Button>
        )}
      </Stack>
      {refusal && (
        <Alert severity="error" data-testid="publish-errors">
          {translate('wasl.policy.publish_refused')}
          <List dense>
            {refusal.fields.length
              ? refusal.fields.map(([field, message]) => (
                  <ListItem key={field} data-field={field}>
                    {translate(`resources.policy-documents.fields.${field.split('.')[0]}`)}: {message}
                  </ListItem>
                ))
              : [<ListItem key="message">{refusal.message}</ListItem>]}
          </List>
        </Alert>
      )}
    </Stack>
  );
};
