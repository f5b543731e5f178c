/**
 * ESR-H7: per service, requests decided within or after their deadline in the range (the compliance %),
 * and those open now that are due soon or overdue.
 */
import { Box, Typography } from '@mui/material';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslate } from 'react-admin';
import { ChartCard } from './ChartCard';
import { COLORS, useFigure, useNumberCell } from './chart-parts';
import { useDirection } from './useDirection';
import { useStats } from './useStats';
import type { RequestSlaStats, StatsFilter } from './types';

const COLUMNS = ['service', 'onTime', 'late', 'compliance', 'open', 'dueSoon', 'overdue'].map(
  (c) => `wasl.dashboard.sla.${c}`,
);
// Two stacks per service: the requests decided in the range, and those open now that need attention.
const BARS = [
  ['onTime', COLORS.good, 'decided'],
  ['late', COLORS.bad, 'decided'],
  ['dueSoon', COLORS.warn, 'open'],
  ['overdue', COLORS.secondary, 'open'],
] as const;

export const RequestsSlaWidget = ({ filter }: { filter: StatsFilter }) => {
  const translate = useTranslate();
  const number = useNumberCell();
  const figure = useFigure();
  const { rtl } = useDirection();
  const result = useStats<RequestSlaStats>('requests-sla', filter);
  return (
    <ChartCard
      id="requests-sla"
      title="wasl.dashboard.sla.title"
      caption={translate('wasl.dashboard.sla.caption')}
      result={result}
      summary={(data) => (
        <Box sx={{ my: 1 }}>
          <Typography variant="h4" component="p" data-testid="sla-compliance" data-value={data.totals.compliance ?? ''}>
            {figure(data.totals.compliance, '%')}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {data.totals.compliance === null
              ? translate('wasl.dashboard.sla.compliance_none')
              : translate('wasl.dashboard.sla.compliance_help')}
          </Typography>
        </Box>
      )}
      table={(data) => ({
        columns: COLUMNS,
        rows: data.byService.map((s) => ({
          key: String(s.serviceId),
          cells: [
            { value: s.serviceName, csv: s.serviceName, display: s.serviceName },
            number(s.onTime),
            number(s.late),
            number(s.compliance, '%'),
            number(s.open),
            number(s.dueSoon),
            number(s.overdue),
          ],
        })),
      })}
      chart={(data) => (
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data.byService} layout="vertical" margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis type="number" allowDecimals={false} reversed={rtl} />
            <YAxis
              type="category"
              dataKey="serviceName"
              width={140}
              interval={0}
              tick={{ fontSize: 11 }}
              orientation={rtl ? 'right' : 'left'}
            />
            <Tooltip />
            <Legend />
            {BARS.map(([key, color, stack]) => (
              <Bar key={key} dataKey={key} stackId={stack} name={translate(`wasl.dashboard.sla.${key}`)} fill={color} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      )}
    />
  );
};
