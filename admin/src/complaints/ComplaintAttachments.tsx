/** CM1, P1: the files sent with a complaint, each downloaded through its authorised route. */
import { Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import { DownloadFileButton } from '../common/PrivateFile';
import type { WaslDataProvider } from '../dataProvider';

export const ComplaintAttachments = (_props: { label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const dataProvider = useDataProvider<WaslDataProvider>();
  const id = record?.id as string | undefined;
  const { data } = useQuery({
    queryKey: ['complaints', 'attachments', id],
    queryFn: () => dataProvider.getComplaintAttachments(id as string),
    enabled: Boolean(id),
  });
  if (!data) return null;
  if (!data.length) return <Typography variant="body2">{translate('wasl.files.none')}</Typography>;
  return (
    <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap data-testid="complaint-attachments">
      {data.map((file) => (
        <DownloadFileButton key={file.id} downloadPath={file.downloadPath} name={file.name} />
      ))}
    </Stack>
  );
};
