/**
 * S2: an inspection's findings and their corrective actions (owner from the staff directory, due date,
 * open or done). "Done" is an update the server completes with who and when; a done action stays done.
 */
import { Box, Button, Chip, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import {
  useCreate,
  useDataProvider,
  useGetList,
  useLocaleState,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
  useUpdate,
  type RaRecord,
} from 'react-admin';
import { ENUMS, enumKey } from '../common/enums';
import { formatDualDate } from '../common/dates';
import { useCan } from '../common/access';
import type { WaslDataProvider } from '../dataProvider';

type Photo = { id: number; name: string; mime: string; downloadPath: string };

/** The finding's photos: each opens through the authorised download; writers add JPEG or PNG files. */
const Photos = ({ finding }: { finding: RaRecord }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<WaslDataProvider>();
  const canWrite = useCan('inspection-findings', 'update');
  const [busy, setBusy] = useState(false);
  const photos = (finding.photos ?? []) as Photo[];
  const open = async (photo: Photo) => {
    try {
      const blob = await dataProvider.fetchPrivateFile(photo.downloadPath);
      window.open(URL.createObjectURL(blob), '_blank', 'noopener');
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };
  const add = async (files: FileList | null) => {
    if (!files?.length) return;
    setBusy(true);
    try {
      await dataProvider.addFindingPhotos(String(finding.id), [...files]);
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap', my: 1 }}>
      {photos.map((photo) => (
        <Chip key={photo.id} size="small" variant="outlined" label={photo.name} onClick={() => open(photo)} />
      ))}
      {canWrite && (
        <Button component="label" size="small" disabled={busy}>
          {translate('wasl.inspection.add_photos')}
          <input
            hidden
            type="file"
            accept="image/jpeg,image/png"
            multiple
            onChange={(e) => {
              void add(e.target.files);
              e.target.value = '';
            }}
          />
        </Button>
      )}
    </Box>
  );
};

type Member = {
  id: number;
  documentId: string;
  fullNameAr: string | null;
  fullNameEn: string | null;
  username: string;
};

const useStaffNames = () => {
  const [locale] = useLocaleState();
  const { data } = useGetList<Member & RaRecord>('staff', {
    pagination: { page: 1, perPage: 500 },
    sort: { field: 'fullNameAr', order: 'ASC' },
    filter: { blocked: false },
  });
  const members = data ?? [];
  const name = (m: Member) => (locale === 'en' ? m.fullNameEn : m.fullNameAr) ?? m.username;
  return { members, name, byDocumentId: (id: unknown) => members.find((m) => m.documentId === id) };
};

const ActionRow = ({ action }: { action: RaRecord }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [locale] = useLocaleState();
  const [update, { isPending }] = useUpdate();
  const { byDocumentId, name } = useStaffNames();
  const canWrite = useCan('corrective-actions', 'update');
  const owner = byDocumentId(action.owner);
  const due = formatDualDate(String(action.dueDate), locale);
  const done = action.status === 'done';
  return (
    <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap', py: 0.5 }}>
      <Typography variant="body2" sx={{ flex: 1, minWidth: 200 }}>
        {String(action.description)}
      </Typography>
      <Typography variant="body2">{owner ? name(owner) : '—'}</Typography>
      <Typography variant="body2">
        {translate('resources.corrective-actions.fields.dueDate')}: {due?.hijri} ({due?.gregorian})
      </Typography>
      <Chip
        size="small"
        color={done ? 'success' : 'warning'}
        label={translate(enumKey('actionStatus', String(action.status)))}
      />
      {done && action.doneAt ? (
        <Typography variant="caption" color="text.secondary">
          {formatDualDate(String(action.doneAt), locale, true)?.hijri}
        </Typography>
      ) : null}
      {!done && canWrite && (
        <Button
          size="small"
          variant="outlined"
          disabled={isPending}
          onClick={() =>
            update(
              'corrective-actions',
              { id: action.id, data: { status: 'done' }, previousData: action },
              {
                mutationMode: 'pessimistic',
                onSuccess: () => {
                  notify('wasl.inspection.action_done', { type: 'success' });
                  refresh();
                },
                onError: (error) => notify((error as Error).message, { type: 'error' }),
              },
            )
          }
        >
          {translate('wasl.inspection.mark_done')}
        </Button>
      )}
    </Box>
  );
};

const NewAction = ({ finding }: { finding: string }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [create, { isPending }] = useCreate();
  const { members, name } = useStaffNames();
  const [description, setDescription] = useState('');
  const [owner, setOwner] = useState('');
  const [dueDate, setDueDate] = useState('');
  return (
    <Stack direction="row" spacing={1} sx={{ mt: 1, flexWrap: 'wrap', gap: 1 }}>
      <TextField
        size="small"
        label={translate('resources.corrective-actions.fields.description')}
        value={description}
        onChange={(e) => setDescription(e.target.value)}
        sx={{ minWidth: 260 }}
      />
      <TextField
        select
        size="small"
        label={translate('resources.corrective-actions.fields.owner')}
        value={owner}
        onChange={(e) => setOwner(e.target.value)}
        sx={{ minWidth: 200 }}
      >
        {members.map((m) => (
          <MenuItem key={m.documentId} value={m.documentId}>
            {name(m)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        type="date"
        size="small"
        label={translate('resources.corrective-actions.fields.dueDate')}
        value={dueDate}
        onChange={(e) => setDueDate(e.target.value)}
        slotProps={{ inputLabel: { shrink: true } }}
      />
      <Button
        variant="contained"
        size="small"
        disabled={isPending || !description || !owner || !dueDate}
        onClick={() =>
          create(
            'corrective-actions',
            { data: { finding, description, owner, dueDate } },
            {
              onSuccess: () => {
                setDescription('');
                refresh();
              },
              onError: (error) => notify((error as Error).message, { type: 'error' }),
            },
          )
        }
      >
        {translate('wasl.inspection.add_action')}
      </Button>
    </Stack>
  );
};

const NewFinding = ({ inspection }: { inspection: string }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [create, { isPending }] = useCreate();
  const [item, setItem] = useState<string>('general_order');
  const [description, setDescription] = useState('');
  return (
    <Stack direction="row" spacing={1} sx={{ mt: 2, flexWrap: 'wrap', gap: 1 }}>
      <TextField
        select
        size="small"
        label={translate('resources.inspection-findings.fields.item')}
        value={item}
        onChange={(e) => setItem(e.target.value)}
        sx={{ minWidth: 220 }}
      >
        {ENUMS.findingItem.map((value) => (
          <MenuItem key={value} value={value}>
            {translate(enumKey('findingItem', value))}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        size="small"
        label={translate('resources.inspection-findings.fields.description')}
        value={description}
        onChange={(e) => setDescription(e.target.value)}
        sx={{ minWidth: 320 }}
      />
      <Button
        variant="contained"
        size="small"
        disabled={isPending || !description}
        onClick={() =>
          create(
            'inspection-findings',
            { data: { inspection, item, description } },
            {
              onSuccess: () => {
                setDescription('');
                refresh();
              },
              onError: (error) => notify((error as Error).message, { type: 'error' }),
            },
          )
        }
      >
        {translate('wasl.inspection.add_finding')}
      </Button>
    </Stack>
  );
};

const FindingCard = ({ finding }: { finding: RaRecord }) => {
  const translate = useTranslate();
  const canCreate = useCan('corrective-actions', 'create');
  const { data: actions } = useGetList('corrective-actions', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'dueDate', order: 'ASC' },
    filter: { finding: finding.id },
  });
  return (
    <Paper variant="outlined" sx={{ p: 2, mb: 1 }}>
      <Typography variant="subtitle2">
        {translate(enumKey('findingItem', String(finding.item)))} — {String(finding.description)}
      </Typography>
      <Photos finding={finding} />
      {actions?.length ? (
        actions.map((action) => <ActionRow key={String(action.id)} action={action} />)
      ) : (
        <Typography variant="body2" color="text.secondary">
          {translate('wasl.inspection.no_actions')}
        </Typography>
      )}
      {canCreate && <NewAction finding={String(finding.id)} />}
    </Paper>
  );
};

export const Findings = (_props: { label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const canCreate = useCan('inspection-findings', 'create');
  const { data: findings } = useGetList(
    'inspection-findings',
    {
      pagination: { page: 1, perPage: 100 },
      sort: { field: 'createdAt', order: 'ASC' },
      filter: { inspection: record?.id },
    },
    { enabled: Boolean(record?.id) },
  );
  if (!record) return null;
  return (
    <Box sx={{ width: '100%' }} data-testid="inspection-findings">
      <Typography variant="h6" sx={{ mt: 2 }}>
        {translate('wasl.inspection.findings')}
      </Typography>
      {findings?.length ? (
        findings.map((finding) => <FindingCard key={String(finding.id)} finding={finding} />)
      ) : (
        <Typography variant="body2" color="text.secondary">
          {translate('wasl.inspection.no_findings')}
        </Typography>
      )}
      {canCreate && <NewFinding inspection={String(record.id)} />}
    </Box>
  );
};
