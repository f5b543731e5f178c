/**
 * MC7–MC9, S2: the field survey's corrective actions still open, and how many are past their date.
 */
import { Box, Chip, List, ListItem, ListItemText } from '@mui/material';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatDualDate } from '../common/dates';
import { ChartCard } from './ChartCard';
import { inArabic } from './csv-download';
import { COLORS, useNumberCell } from './chart-parts';
import { useDirection } from './useDirection';
import { useStats } from './useStats';
import type { InspectionFindingStats, StatsFilter } from './types';

const Items = ({ data }: { data: InspectionFindingStats }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (data.items.length === 0) return null;
  const dual = (day: string | null) => {
    const d = day ? formatDualDate(day.length === 10 ? `${day}T12:00:00+03:00` : day, locale) : null;
    return d ? `${d.hijri} (${d.gregorian})` : '—';
  };
  return (
    <List dense data-testid="finding-items">
      {data.items.map((item) => (
        <ListItem key={item.id} disableGutters>
          <ListItemText
            primary={
              <>
                {item.emergency && (
                  <Chip size="small" color="error" label={translate('wasl.dashboard.findings.emergency')} />
                )}{' '}
                {item.finding}
              </>
            }
            secondary={translate('wasl.dashboard.findings.item', {
              branch: item.branchName,
              date: dual(item.inspectionDate),
              owner: item.owner ?? '—',
              due: dual(item.dueDate),
            })}
          />
        </ListItem>
      ))}
    </List>
  );
};

export const FindingsWidget = ({ filter }: { filter: StatsFilter }) => {
  const translate = useTranslate();
  const number = useNumberCell();
  const { rtl } = useDirection();
  const result = useStats<InspectionFindingStats>('inspection-findings', filter);
  const figures = (data: InspectionFindingStats) => [
    { key: 'open', name: translate('wasl.dashboard.findings.open'), count: data.open },
    { key: 'overdue', name: translate('wasl.dashboard.findings.overdue'), count: data.overdue },
  ];
  return (
    <ChartCard
      id="findings"
      title="wasl.dashboard.findings.title"
      caption={translate('wasl.dashboard.findings.caption')}
      result={result}
      table={(data) => ({
        columns: ['wasl.dashboard.findings.figure', 'wasl.dashboard.findings.count'],
        rows:
          data.open === 0
            ? []
            : figures(data).map((f) => ({
                key: f.key,
                cells: [
                  { value: f.key, csv: inArabic(`wasl.dashboard.findings.${f.key}`), display: f.name },
                  number(f.count),
                ],
              })),
      })}
      chart={(data) => (
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={figures(data)}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="name" reversed={rtl} />
            <YAxis orientation={rtl ? 'right' : 'left'} allowDecimals={false} />
            <Tooltip />
            <Bar dataKey="count" name={translate('wasl.dashboard.findings.count')} fill={COLORS.warn} />
          </BarChart>
        </ResponsiveContainer>
      )}
      footer={(data) => (
        <Box>
          <Items data={data} />
        </Box>
      )}
    />
  );
};
