/**
 * The dashboard's filter: a branch and a range of Riyadh days, each end shown in Hijri (Umm al-Qura)
 * and Gregorian beside the picker. A range the API would refuse is explained and not applied.
 */
import { Box, MenuItem, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatDualDate } from '../common/dates';
import { rangeProblem } from './stats-helpers';
import type { StatsFilter, VisitorStats } from './types';
import { useStats } from './useStats';

/**
 * The statistics API names a branch by its numeric id (the stats contract), which the records API does
 * not expose (its ids are documentIds): the choices are the branches the visitor statistics name.
 */
const useBranches = (filter: StatsFilter) => {
  const result = useStats<VisitorStats>('visitors', { ...filter, branch: '' });
  return result.state === 'ready' ? result.data.byBranch.map((b) => ({ id: b.branchId, name: b.branchName })) : [];
};

const DayInput = ({ name, value, onChange }: { name: 'from' | 'to'; value: string; onChange: (v: string) => void }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dual = value ? formatDualDate(`${value}T12:00:00+03:00`, locale) : null;
  return (
    <Box>
      <TextField
        type="date"
        size="small"
        fullWidth={false}
        label={translate(`wasl.dashboard.filter.${name}`)}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { name, 'data-testid': `filter-${name}` } }}
      />
      <Typography variant="caption" component="p" color="text.secondary" data-testid={`filter-${name}-dual`}>
        {dual ? `${dual.hijri} — ${dual.gregorian}` : '—'}
      </Typography>
    </Box>
  );
};

export const DashboardFilters = ({
  filter,
  onChange,
}: {
  filter: StatsFilter;
  onChange: (filter: StatsFilter) => void;
}) => {
  const translate = useTranslate();
  const [draft, setDraft] = useState(filter);
  const branches = useBranches(filter);
  const problem = rangeProblem(draft.from, draft.to);
  const update = (change: Partial<StatsFilter>) => {
    const next = { ...draft, ...change };
    setDraft(next);
    if (!rangeProblem(next.from, next.to)) onChange(next);
  };
  return (
    <Box
      component="form"
      role="search"
      aria-label={translate('wasl.dashboard.filter.label')}
      onSubmit={(e) => e.preventDefault()}
      sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'flex-start', mb: 2 }}
    >
      <TextField
        select
        size="small"
        fullWidth={false}
        label={translate('wasl.dashboard.filter.branch')}
        value={draft.branch}
        onChange={(e) => update({ branch: e.target.value })}
        sx={{ minWidth: 200, width: { xs: '100%', sm: 'auto' } }}
        slotProps={{ htmlInput: { 'data-testid': 'filter-branch' } }}
      >
        <MenuItem value="">{translate('wasl.dashboard.filter.all_branches')}</MenuItem>
        {branches.map((b) => (
          <MenuItem key={b.id} value={String(b.id)}>
            {b.name}
          </MenuItem>
        ))}
      </TextField>
      <DayInput name="from" value={draft.from} onChange={(from) => update({ from })} />
      <DayInput name="to" value={draft.to} onChange={(to) => update({ to })} />
      {problem && (
        <Typography color="error" variant="body2" role="alert" sx={{ alignSelf: 'center' }}>
          {translate(`wasl.dashboard.filter.${problem}`)}
        </Typography>
      )}
    </Box>
  );
};
