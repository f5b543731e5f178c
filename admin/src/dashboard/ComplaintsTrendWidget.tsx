/** MC3, S5: complaints, inquiries and suggestions received per day, week or month of the range. */
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Box, Chip } from '@mui/material';
import { useTranslate } from 'react-admin';
import { ChartCard } from './ChartCard';
import { COLORS, useAxisDay, useDayCell, useFigure, useNumberCell } from './chart-parts';
import { fillSeries } from './stats-helpers';
import { useDirection } from './useDirection';
import { useStats } from './useStats';
import type { ComplaintStats, StatsFilter } from './types';

const series = (data: ComplaintStats) => fillSeries(data.series, data, (bucket) => ({ bucket, count: 0 }));

export const ComplaintsTrendWidget = ({ filter }: { filter: StatsFilter }) => {
  const translate = useTranslate();
  const number = useNumberCell();
  const day = useDayCell();
  const axisDay = useAxisDay();
  const figure = useFigure();
  const { rtl } = useDirection();
  const result = useStats<ComplaintStats>('complaints', filter);
  return (
    <ChartCard
      id="complaints-trend"
      title="wasl.dashboard.complaints.trend_title"
      caption={translate('wasl.dashboard.complaints.trend_caption')}
      result={result}
      summary={(data) => (
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, my: 1 }}>
          <Chip label={translate('wasl.dashboard.complaints.total', { count: figure(data.total) })} color="primary" />
          {data.byKind.map((k) => (
            <Chip
              key={k.key}
              variant="outlined"
              label={`${translate(`enums.complaintKind.${k.key}`, { _: k.key })}: ${figure(k.count)}`}
            />
          ))}
        </Box>
      )}
      table={(data) => ({
        columns: ['wasl.dashboard.period', 'wasl.dashboard.complaints.count'],
        rows: series(data).map((p) => ({ key: p.bucket, cells: [day(p.bucket), number(p.count)] })),
      })}
      chart={(data) => (
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={series(data)} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="bucket" tickFormatter={axisDay} reversed={rtl} />
            <YAxis orientation={rtl ? 'right' : 'left'} allowDecimals={false} />
            <Tooltip labelFormatter={(label) => axisDay(String(label))} />
            <Line
              type="monotone"
              dataKey="count"
              name={translate('wasl.dashboard.complaints.count')}
              stroke={COLORS.primary}
              dot={false}
            />
          </LineChart>
        </ResponsiveContainer>
      )}
    />
  );
};
