/** MC1: today's visitors at each branch against its daily mean over the 90 days before today. */
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslate } from 'react-admin';
import { ChartCard } from './ChartCard';
import { COLORS, useNumberCell } from './chart-parts';
import { useDirection } from './useDirection';
import { useStats } from './useStats';
import type { StatsFilter, VisitorStats } from './types';

const COLUMNS = [
  'wasl.dashboard.visitors.branch',
  'wasl.dashboard.visitors.today',
  'wasl.dashboard.visitors.average90',
  'wasl.dashboard.visitors.count',
];

export const VisitorsWidget = ({ filter }: { filter: StatsFilter }) => {
  const translate = useTranslate();
  const number = useNumberCell();
  const { rtl } = useDirection();
  const result = useStats<VisitorStats>('visitors', filter);
  return (
    <ChartCard
      id="visitors"
      title="wasl.dashboard.visitors.title"
      caption={translate('wasl.dashboard.visitors.caption')}
      result={result}
      table={(data) => ({
        columns: COLUMNS,
        rows: data.byBranch.map((b) => ({
          key: String(b.branchId),
          cells: [
            { value: b.branchName, csv: b.branchName, display: b.branchName },
            number(b.today),
            number(b.average90),
            number(b.count),
          ],
        })),
      })}
      chart={(data) => (
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data.byBranch} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="branchName" reversed={rtl} />
            <YAxis orientation={rtl ? 'right' : 'left'} allowDecimals={false} />
            <Tooltip />
            <Legend />
            <Bar dataKey="today" name={translate('wasl.dashboard.visitors.today')} fill={COLORS.primary} />
            <Bar dataKey="average90" name={translate('wasl.dashboard.visitors.average90')} fill={COLORS.muted} />
          </BarChart>
        </ResponsiveContainer>
      )}
    />
  );
};
