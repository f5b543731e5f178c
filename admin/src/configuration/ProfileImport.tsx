/**
 * Issue 14: the association admin loads an association profile file, sees what it would create, update
 * and leave in each section (or every fault of the file at its JSON path), confirms, and sees what the
 * import did. The import is applied on the hash of the previewed text: a file changed since is refused.
 */
import { Alert, Box, Button, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { HttpError, Title, useDataProvider, useLocaleState, useNotify, useTranslate } from 'react-admin';
import type { WaslDataProvider } from '../dataProvider';
import { PROFILE_FILE_TYPES, readFaults, readPlan, type ProfileFault, type ProfilePlan } from './profile-import';
import { PlanTable } from './PlanTable';

type Stage =
  | { name: 'idle' }
  | { name: 'previewed'; text: string; fileName: string; plan: ProfilePlan }
  | { name: 'refused'; fileName: string; faults: ProfileFault[]; message: string }
  | { name: 'imported'; fileName: string; plan: ProfilePlan };

const FaultList = ({ faults }: { faults: ProfileFault[] }) => (
  <Box component="ul" sx={{ m: 0, paddingInlineStart: 3 }} data-testid="profile-faults">
    {faults.map((f) => (
      <li key={`${f.path}:${f.message}`}>
        <Box component="code" dir="ltr" sx={{ unicodeBidi: 'isolate' }}>
          {f.path || '/'}
        </Box>{' '}
        — {f.message}
      </li>
    ))}
  </Box>
);

export const ProfileImport = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<WaslDataProvider>();
  const [stage, setStage] = useState<Stage>({ name: 'idle' });
  const [busy, setBusy] = useState(false);

  const refused = (fileName: string, error: unknown) => {
    const faults = error instanceof HttpError ? readFaults(error.body, locale) : [];
    setStage({ name: 'refused', fileName, faults, message: (error as Error).message });
  };

  const preview = async (file: File) => {
    setBusy(true);
    try {
      const text = await file.text();
      setStage({
        name: 'previewed',
        text,
        fileName: file.name,
        plan: readPlan(await dataProvider.previewProfile(text)),
      });
    } catch (error) {
      refused(file.name, error);
    } finally {
      setBusy(false);
    }
  };

  const confirm = async () => {
    if (stage.name !== 'previewed' || !stage.plan.hash) return;
    setBusy(true);
    try {
      const result = await dataProvider.importProfile(stage.text, stage.plan.hash);
      setStage({ name: 'imported', fileName: stage.fileName, plan: readPlan(result) });
      notify('wasl.profile_import.done', { type: 'success' });
    } catch (error) {
      refused(stage.fileName, error);
    } finally {
      setBusy(false);
    }
  };

  const download = async () => {
    try {
      const { text, filename } = await dataProvider.exportProfile();
      const url = URL.createObjectURL(new Blob([text], { type: 'application/octet-stream' }));
      const link = Object.assign(document.createElement('a'), { href: url, download: filename });
      link.click();
      URL.revokeObjectURL(url);
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };

  return (
    <Card sx={{ mt: 2 }} data-testid="profile-import">
      <Title title={translate('wasl.profile_import.title')} />
      <CardContent>
        <Typography variant="h6" gutterBottom>
          {translate('wasl.profile_import.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate('wasl.profile_import.intro')}
        </Typography>
        <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1, mb: 2 }}>
          <Button variant="contained" component="label" disabled={busy}>
            {translate('wasl.profile_import.choose')}
            <input
              hidden
              type="file"
              name="profile"
              accept={PROFILE_FILE_TYPES}
              onChange={(e) => {
                const file = e.target.files?.[0];
                if (file) void preview(file);
                e.target.value = '';
              }}
            />
          </Button>
          <Button variant="outlined" onClick={() => void download()} data-testid="profile-export">
            {translate('wasl.profile_import.export')}
          </Button>
        </Stack>
        {stage.name !== 'idle' && <Chip label={stage.fileName} sx={{ mb: 2 }} />}
        {stage.name === 'refused' && (
          <Alert severity="error" data-testid="profile-refused">
            <Typography variant="body2" sx={{ mb: 1 }}>
              {stage.faults.length ? translate('wasl.profile_import.refused') : stage.message}
            </Typography>
            <FaultList faults={stage.faults} />
          </Alert>
        )}
        {stage.name === 'previewed' && (
          <Box data-testid="profile-preview">
            <Typography variant="subtitle1" gutterBottom>
              {translate(stage.plan.unchanged ? 'wasl.profile_import.nothing_to_do' : 'wasl.profile_import.preview')}
            </Typography>
            <PlanTable plan={stage.plan} />
            <Stack direction="row" sx={{ gap: 1, mt: 2, flexWrap: 'wrap' }}>
              <Button
                variant="contained"
                onClick={() => void confirm()}
                disabled={busy || !stage.plan.hash || stage.plan.unchanged}
                data-testid="profile-confirm"
              >
                {translate('wasl.profile_import.confirm')}
              </Button>
              <Button onClick={() => setStage({ name: 'idle' })} disabled={busy}>
                {translate('ra.action.cancel')}
              </Button>
            </Stack>
          </Box>
        )}
        {stage.name === 'imported' && (
          <Box data-testid="profile-result">
            <Alert severity="success" sx={{ mb: 2 }}>
              {translate('wasl.profile_import.done')}
            </Alert>
            {stage.plan.blockedAccounts.length > 0 && (
              <Alert severity="warning" sx={{ mb: 2 }} data-testid="profile-blocked-accounts">
                {translate('wasl.profile_import.blocked_accounts', { accounts: stage.plan.blockedAccounts.join('، ') })}
              </Alert>
            )}
            <PlanTable plan={stage.plan} />
          </Box>
        )}
      </CardContent>
    </Card>
  );
};
