/**
 * MC1: «سجل الزوار اليوم» — the front desk's visitor log for one branch: one button per purpose adds a
 * walk-in (POST /front-desk/visits, validated, audited), the small undo takes back the officer's own
 * last one for that purpose; the counters are today's totals at the branch, from the server.
 */
import AddIcon from '@mui/icons-material/Add';
import UndoIcon from '@mui/icons-material/Undo';
import { Box, Button, Card, CardContent, IconButton, MenuItem, TextField, Tooltip, Typography } from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { Title, useDataProvider, useGetList, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { ENUMS, enumKey } from '../common/enums';
import { formatDualDate } from '../common/dates';
import type { TodayCounters, WaslDataProvider } from '../dataProvider';

const PURPOSES = ENUMS.visitPurpose;

export const FrontDesk = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<WaslDataProvider>();
  const { data: branches } = useGetList('branches', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'nameAr', order: 'ASC' },
    filter: { active: true },
  });
  const [branch, setBranch] = useState<string>('');
  const [counters, setCounters] = useState<TodayCounters | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!branch && branches?.length) setBranch(String(branches[0].id));
  }, [branch, branches]);

  const refresh = useCallback(async () => {
    if (branch) setCounters(await dataProvider.getTodayCounters(branch));
  }, [branch, dataProvider]);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  const act = async (work: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await work();
      await refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  const countOf = (purpose: string) => counters?.byPurpose.find((p) => p.key === purpose)?.count ?? 0;
  const day = counters ? formatDualDate(counters.date, locale) : null;

  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate('wasl.front_desk.title')} />
      <CardContent>
        <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap', mb: 2 }}>
          <TextField
            select
            size="small"
            label={translate('resources.visits.fields.branch')}
            value={branch}
            onChange={(e) => setBranch(e.target.value)}
            sx={{ minWidth: 240 }}
          >
            {(branches ?? []).map((b) => (
              <MenuItem key={String(b.id)} value={String(b.id)}>
                {String(b.nameAr)}
              </MenuItem>
            ))}
          </TextField>
          {day && (
            <Typography variant="body2" color="text.secondary">
              {day.hijri} — {day.gregorian}
            </Typography>
          )}
          <Typography variant="h6" data-testid="desk-total" data-loaded={counters ? 'true' : 'false'}>
            {translate('wasl.front_desk.total', { count: counters?.total ?? 0 })}
          </Typography>
        </Box>
        {!branches?.length && <Typography>{translate('wasl.front_desk.no_branch')}</Typography>}
        <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))', gap: 2 }}>
          {PURPOSES.map((purpose) => (
            <Card key={purpose} variant="outlined">
              <CardContent sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
                <Button
                  variant="contained"
                  startIcon={<AddIcon />}
                  disabled={busy || !branch}
                  onClick={() => act(() => dataProvider.recordWalkIn({ branch, purpose }))}
                  data-testid={`desk-add-${purpose}`}
                  sx={{ flex: 1 }}
                >
                  {translate(enumKey('visitPurpose', purpose))}
                </Button>
                <Typography
                  variant="h6"
                  sx={{ minWidth: 32, textAlign: 'center' }}
                  data-testid={`desk-count-${purpose}`}
                >
                  {countOf(purpose)}
                </Typography>
                <Tooltip title={translate('wasl.front_desk.undo')}>
                  <span>
                    <IconButton
                      size="small"
                      disabled={busy || countOf(purpose) === 0}
                      onClick={() => act(() => dataProvider.undoWalkIn({ branch, purpose }))}
                      aria-label={translate('wasl.front_desk.undo')}
                    >
                      <UndoIcon fontSize="small" />
                    </IconButton>
                  </span>
                </Tooltip>
              </CardContent>
            </Card>
          ))}
        </Box>
      </CardContent>
    </Card>
  );
};
