/**
 * CM4, I1: below a complaint category's form, its answer deadline and who answers it. The deadline is the
 * profile's `complaintSlaByCategory[<key>]` in working days (empty: the profile's complaintSlaDays); the
 * routing rules are the contact-officer assignments naming the category. The server checks both.
 */
import { Box, Button, Card, CardContent, Chip, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import {
  HttpError,
  Link,
  RecordContextProvider,
  useGetList,
  useNotify,
  useRecordContext,
  useTranslate,
  useUpdate,
  type RaRecord,
} from 'react-admin';
import { useCan } from '../common/access';
import { EnumField } from '../common/EnumField';
import { useStaffName } from '../common/StaffChoiceInput';

type Profile = RaRecord & { complaintSlaDays?: number; complaintSlaByCategory?: Record<string, number | null> | null };

const fieldError = (error: unknown, field: string): string | undefined =>
  error instanceof HttpError ? (error.body as { errors?: Record<string, string> })?.errors?.[field] : undefined;

const DeadlinePanel = ({ categoryKey }: { categoryKey: string }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const canEdit = useCan('association-profiles', 'update');
  const { data } = useGetList<Profile>('association-profiles', { pagination: { page: 1, perPage: 1 } });
  const profile = data?.[0];
  const current = profile?.complaintSlaByCategory?.[categoryKey];
  const [value, setValue] = useState<string | null>(null);
  const [error, setError] = useState<string>();
  const [update, { isPending }] = useUpdate<Profile>();
  if (!profile) return null;
  const shown = value ?? (current === undefined ? '' : String(current));
  const field = `complaintSlaByCategory.${categoryKey}`;
  const save = () => {
    const days = shown.trim() === '' ? null : Number(shown);
    if (days !== null && !(Number.isInteger(days) && days >= 1 && days <= 365)) {
      setError(translate('wasl.configuration.days_range'));
      return;
    }
    const next = { ...(profile.complaintSlaByCategory ?? {}), [categoryKey]: days };
    update(
      'association-profiles',
      { id: profile.id, data: { complaintSlaByCategory: next }, previousData: profile },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          setError(undefined);
          setValue(null);
          notify('wasl.configuration.deadline_saved', { type: 'success' });
        },
        onError: (e) => {
          setError(fieldError(e, field) ?? (e as Error).message);
          notify((e as Error).message, { type: 'error' });
        },
      },
    );
  };
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start', flexWrap: 'wrap', gap: 1 }}>
      <TextField
        size="small"
        type="number"
        name="slaDays"
        label={translate('wasl.configuration.deadline')}
        value={shown}
        disabled={!canEdit}
        onChange={(e) => setValue(e.target.value)}
        placeholder={String(profile.complaintSlaDays ?? '')}
        error={Boolean(error)}
        helperText={error ?? translate('wasl.configuration.deadline_hint', { days: profile.complaintSlaDays ?? '—' })}
        slotProps={{ htmlInput: { min: 1, max: 365, step: 1, dir: 'ltr' } }}
        sx={{ maxWidth: 320 }}
      />
      {canEdit && (
        <Button variant="outlined" onClick={save} disabled={isPending} data-testid="save-deadline">
          {translate('wasl.configuration.save_deadline')}
        </Button>
      )}
    </Stack>
  );
};

const RoutingRules = ({ categoryKey }: { categoryKey: string }) => {
  const translate = useTranslate();
  const nameOf = useStaffName();
  const canAdd = useCan('contact-officer-assignments', 'create');
  const { data, isPending } = useGetList('contact-officer-assignments', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'id', order: 'ASC' },
    filter: { complaintCategory: categoryKey },
  });
  const prefill = encodeURIComponent(JSON.stringify({ complaintCategory: categoryKey }));
  return (
    <Box data-testid="category-routing">
      {!isPending && (data ?? []).length === 0 && (
        <Typography variant="body2" color="text.secondary">
          {translate('wasl.configuration.routing_empty')}
        </Typography>
      )}
      {(data ?? []).map((rule) => (
        <RecordContextProvider key={rule.id} value={rule}>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', py: 0.5 }}>
            <Link to={`/contact-officer-assignments/${rule.id}`}>{nameOf(rule.officer)}</Link>
            <Typography variant="body2">{String(rule.areaAr)}</Typography>
            <EnumField source="beneficiaryCategory" enumName="category" />
            {!rule.active && <Chip size="small" label={translate('wasl.configuration.inactive')} />}
          </Stack>
        </RecordContextProvider>
      ))}
      {canAdd && (
        <Button component={Link} to={`/contact-officer-assignments/create?source=${prefill}`} size="small">
          {translate('wasl.configuration.add_routing')}
        </Button>
      )}
    </Box>
  );
};

/** Shown under the edit form of a complaint category. */
export const CategoryRouting = () => {
  const translate = useTranslate();
  const record = useRecordContext();
  if (!record || typeof record.key !== 'string') return null;
  return (
    <Card variant="outlined" sx={{ m: 2 }}>
      <CardContent>
        <Typography variant="h6" gutterBottom>
          {translate('wasl.configuration.deadline_title')}
        </Typography>
        <DeadlinePanel categoryKey={record.key} />
        <Typography variant="h6" sx={{ mt: 3 }} gutterBottom>
          {translate('wasl.configuration.routing_title')}
        </Typography>
        <RoutingRules categoryKey={record.key} />
      </CardContent>
    </Card>
  );
};
