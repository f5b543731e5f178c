/**
 * P1: complaint attachments and signature images have no public URL. The console fetches them from the
 * authorised route the record names (`downloadPath`) with the signed-in user's token, and shows or saves
 * the bytes through a short-lived object URL.
 */
import { useEffect, useState } from 'react';
import DownloadIcon from '@mui/icons-material/Download';
import { Typography } from '@mui/material';
import { Button, useDataProvider, useNotify, useRecordContext, useTranslate } from 'react-admin';
import type { WaslDataProvider } from '../dataProvider';

const useObjectUrl = (downloadPath: string | undefined) => {
  const dataProvider = useDataProvider<WaslDataProvider>();
  const [state, setState] = useState<{ url: string | null; failed: boolean }>({ url: null, failed: false });
  useEffect(() => {
    if (!downloadPath) return undefined;
    let url: string | null = null;
    let current = true;
    dataProvider.fetchPrivateFile(downloadPath).then(
      (blob) => {
        if (!current) return;
        url = URL.createObjectURL(blob);
        setState({ url, failed: false });
      },
      () => current && setState({ url: null, failed: true }),
    );
    return () => {
      current = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [dataProvider, downloadPath]);
  return state;
};

export const PrivateImage = ({ downloadPath, alt }: { downloadPath?: string; alt: string }) => {
  const translate = useTranslate();
  const { url, failed } = useObjectUrl(downloadPath);
  if (failed) return <Typography variant="body2">{translate('wasl.files.unavailable')}</Typography>;
  return url ? (
    <img src={url} alt={alt} style={{ maxHeight: 96, maxWidth: 280, background: '#fff' }} data-testid="private-image" />
  ) : null;
};

export const DownloadFileButton = ({ downloadPath, name }: { downloadPath: string; name: string }) => {
  const dataProvider = useDataProvider<WaslDataProvider>();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    try {
      const url = URL.createObjectURL(await dataProvider.fetchPrivateFile(downloadPath));
      const link = Object.assign(document.createElement('a'), { href: url, download: name });
      document.body.append(link);
      link.click();
      link.remove();
      // The download has started from the URL by now; keeping it longer only keeps the bytes in memory.
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button label={name} onClick={() => void save()} disabled={busy} data-testid="download-file">
      <DownloadIcon />
    </Button>
  );
};

/** H5: an attestation's signature image, when it has one (`signature.downloadPath` from the API). */
export const SignatureImageField = ({ source }: { source: string; label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const signature = record?.[source] as { downloadPath?: string } | null | undefined;
  return signature?.downloadPath ? (
    <PrivateImage downloadPath={signature.downloadPath} alt={translate('wasl.files.signature')} />
  ) : null;
};
