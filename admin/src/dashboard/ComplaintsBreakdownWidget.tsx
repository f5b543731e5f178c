/** MC3, ALL-CH: the range's complaints by status, by channel or by category (the association's own lists). */
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslate } from 'react-admin';
import { ChartCard, type Cell } from './ChartCard';
import { COLORS, useLabelCell, useListNames, useNumberCell } from './chart-parts';
import { useDirection } from './useDirection';
import { useStats } from './useStats';
import type { ComplaintStats, KeyCount, StatsFilter } from './types';

export type Breakdown = 'status' | 'channel' | 'category';
const FIELD: Record<Breakdown, 'byStatus' | 'byChannel' | 'byCategory'> = {
  status: 'byStatus',
  channel: 'byChannel',
  category: 'byCategory',
};

const useLabels = (by: Breakdown): ((key: string) => Cell) => {
  const label = useLabelCell();
  const channel = useListNames('channels');
  const category = useListNames('complaint-categories');
  if (by === 'channel') return channel;
  if (by === 'category') return category;
  return (key) => label(`enums.complaintStatus.${key}`, key);
};

export const ComplaintsBreakdownWidget = ({ filter, by }: { filter: StatsFilter; by: Breakdown }) => {
  const translate = useTranslate();
  const number = useNumberCell();
  const labelOf = useLabels(by);
  const { rtl } = useDirection();
  const result = useStats<ComplaintStats>('complaints', filter);
  const rows = (data: ComplaintStats): KeyCount[] => data[FIELD[by]].filter((r) => r.count > 0);
  return (
    <ChartCard
      id={`complaints-${by}`}
      title={`wasl.dashboard.complaints.by.${by}`}
      caption={translate(`wasl.dashboard.complaints.by_caption.${by}`)}
      result={result}
      table={(data) => ({
        columns: [`wasl.dashboard.complaints.${by}`, 'wasl.dashboard.complaints.count'],
        rows: rows(data).map((r) => ({ key: r.key, cells: [labelOf(r.key), number(r.count)] })),
      })}
      chart={(data) => (
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            data={rows(data).map((r) => ({ ...r, label: String(labelOf(r.key).display) }))}
            layout="vertical"
            margin={{ top: 8, right: 8, bottom: 8, left: 8 }}
          >
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis type="number" allowDecimals={false} reversed={rtl} />
            <YAxis type="category" dataKey="label" width={120} orientation={rtl ? 'right' : 'left'} />
            <Tooltip />
            <Bar dataKey="count" name={translate('wasl.dashboard.complaints.count')} fill={COLORS.secondary} />
          </BarChart>
        </ResponsiveContainer>
      )}
    />
  );
};
