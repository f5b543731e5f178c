/**
 * The manager's and the association admin's landing page (MC1, MC3, MC4, MC7, MC10, ESR-H7, S1, S2, S5):
 * one filter (branch, range of days) for every widget; widgets two to a row, stacked on a phone.
 */
import { Box, Typography } from '@mui/material';
import { useState } from 'react';
import { Title, useTranslate } from 'react-admin';
import { ComplaintsBreakdownWidget } from './ComplaintsBreakdownWidget';
import { ComplaintsTrendWidget } from './ComplaintsTrendWidget';
import { DashboardFilters } from './DashboardFilters';
import { EscalationsWidget } from './EscalationsWidget';
import { FindingsWidget } from './FindingsWidget';
import { RequestsSlaWidget } from './RequestsSlaWidget';
import { SatisfactionWidget } from './SatisfactionWidget';
import { defaultRange } from './stats-helpers';
import type { StatsFilter } from './types';
import { VisitorsWidget } from './VisitorsWidget';

export const ManagerDashboard = () => {
  const translate = useTranslate();
  const [filter, setFilter] = useState<StatsFilter>(() => ({ ...defaultRange(), branch: '' }));
  return (
    <Box sx={{ py: 2 }} data-testid="dashboard" data-kind="manager">
      <Title title={translate('wasl.dashboard.title')} />
      <Typography variant="h5" component="h1" sx={{ mb: 2 }}>
        {translate('wasl.dashboard.title')}
      </Typography>
      <DashboardFilters filter={filter} onChange={setFilter} />
      <Box
        data-testid="widgets"
        sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'repeat(2, minmax(0, 1fr))' } }}
      >
        <VisitorsWidget filter={filter} />
        <SatisfactionWidget filter={filter} />
        <RequestsSlaWidget filter={filter} />
        <ComplaintsTrendWidget filter={filter} />
        <ComplaintsBreakdownWidget filter={filter} by="status" />
        <ComplaintsBreakdownWidget filter={filter} by="channel" />
        <ComplaintsBreakdownWidget filter={filter} by="category" />
        <EscalationsWidget filter={filter} />
        <FindingsWidget filter={filter} />
      </Box>
    </Box>
  );
};
