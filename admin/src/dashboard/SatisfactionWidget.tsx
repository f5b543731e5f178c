/**
 * S1, MC4: the CSAT % (answers scoring 4 or 5), the average score and the response rate, with their
 * trend. ALL-SAT: figures per service and branch only, never per named staff member.
 */
import { Box, Typography } from '@mui/material';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslate } from 'react-admin';
import { ChartCard } from './ChartCard';
import { COLORS, useAxisDay, useDayCell, useFigure, useNumberCell } from './chart-parts';
import { fillSeries } from './stats-helpers';
import { useDirection } from './useDirection';
import { useStats } from './useStats';
import type { SatisfactionStats, StatsFilter } from './types';

const series = (data: SatisfactionStats) =>
  fillSeries(data.series, data, (bucket) => ({ bucket, responses: 0, averageScore: null, csat: null }));

type FigureProps = { id: string; label: string; value: number | null; percent?: boolean; help?: string };

const Figure = ({ id, label, value, percent = false, help }: FigureProps) => {
  const figure = useFigure();
  return (
    <Box data-testid={id} data-value={value ?? ''} sx={{ minWidth: 110 }}>
      <Typography variant="caption" color="text.secondary">
        {label}
      </Typography>
      <Typography variant="h5" component="p">
        {figure(value, percent ? '%' : '')}
      </Typography>
      {help && (
        <Typography variant="caption" color="text.secondary" sx={{ display: 'block', maxWidth: 220 }}>
          {help}
        </Typography>
      )}
    </Box>
  );
};

export const SatisfactionWidget = ({ filter }: { filter: StatsFilter }) => {
  const translate = useTranslate();
  const number = useNumberCell();
  const day = useDayCell();
  const axisDay = useAxisDay();
  const { rtl } = useDirection();
  const result = useStats<SatisfactionStats>('satisfaction', filter);
  return (
    <ChartCard
      id="satisfaction"
      title="wasl.dashboard.satisfaction.title"
      caption={translate('wasl.dashboard.satisfaction.caption')}
      result={result}
      summary={(data) => (
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, my: 1 }}>
          <Figure id="csat" label={translate('wasl.dashboard.satisfaction.csat')} value={data.csat} percent />
          <Figure
            id="average-score"
            label={translate('wasl.dashboard.satisfaction.averageScore')}
            value={data.averageScore}
          />
          <Figure
            id="response-rate"
            label={translate('wasl.dashboard.satisfaction.responseRate')}
            value={data.responseRate}
            percent
            help={data.responseRate === null ? translate('wasl.dashboard.satisfaction.response_rate_none') : undefined}
          />
          <Figure id="responses" label={translate('wasl.dashboard.satisfaction.responses')} value={data.responses} />
        </Box>
      )}
      table={(data) => ({
        columns: ['period', 'responses', 'averageScore', 'csat'].map((c) =>
          c === 'period' ? 'wasl.dashboard.period' : `wasl.dashboard.satisfaction.${c}`,
        ),
        rows: series(data).map((p) => ({
          key: p.bucket,
          cells: [day(p.bucket), number(p.responses), number(p.averageScore), number(p.csat, '%')],
        })),
      })}
      chart={(data) => (
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={series(data)} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="bucket" tickFormatter={axisDay} reversed={rtl} />
            <YAxis yAxisId="csat" domain={[0, 100]} orientation={rtl ? 'right' : 'left'} />
            <YAxis yAxisId="score" domain={[1, 5]} orientation={rtl ? 'left' : 'right'} />
            <Tooltip labelFormatter={(label) => axisDay(String(label))} />
            <Legend />
            <Line
              yAxisId="csat"
              dataKey="csat"
              name={translate('wasl.dashboard.satisfaction.csat')}
              stroke={COLORS.primary}
              connectNulls
            />
            <Line
              yAxisId="score"
              dataKey="averageScore"
              name={translate('wasl.dashboard.satisfaction.averageScore')}
              stroke={COLORS.secondary}
              connectNulls
            />
          </LineChart>
        </ResponsiveContainer>
      )}
    />
  );
};
