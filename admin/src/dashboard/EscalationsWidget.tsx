/** MC10, CM5: complaints escalated to management and not yet resolved, now; the longest escalated listed. */
import { Box, Link, List, ListItem, ListItemText, Typography } from '@mui/material';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatDualDate } from '../common/dates';
import { ChartCard } from './ChartCard';
import { COLORS, useFigure, useListNames, useNumberCell } from './chart-parts';
import { useDirection } from './useDirection';
import { useStats } from './useStats';
import type { EscalationStats, StatsFilter } from './types';

const Items = ({ data }: { data: EscalationStats }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const category = useListNames('complaint-categories');
  if (data.items.length === 0) return null;
  return (
    <Box sx={{ mt: 1 }}>
      <Typography variant="subtitle2" component="h3">
        {translate('wasl.dashboard.escalations.longest')}
      </Typography>
      <List dense data-testid="escalation-items">
        {data.items.map((item) => {
          const since = item.escalatedAt ? formatDualDate(item.escalatedAt, locale) : null;
          return (
            <ListItem key={item.id} disableGutters>
              <ListItemText
                primary={
                  <Link href={`#/complaints/${item.documentId}/show`}>
                    {item.trackingNumber} — {category(item.category).display}
                  </Link>
                }
                secondary={translate('wasl.dashboard.escalations.item', {
                  level: item.escalationLevel,
                  since: since ? `${since.hijri} (${since.gregorian})` : '—',
                })}
              />
            </ListItem>
          );
        })}
      </List>
    </Box>
  );
};

export const EscalationsWidget = ({ filter }: { filter: StatsFilter }) => {
  const translate = useTranslate();
  const number = useNumberCell();
  const figure = useFigure();
  const { rtl } = useDirection();
  const result = useStats<EscalationStats>('escalations', filter);
  const levelName = (level: number) => translate('wasl.dashboard.escalations.level', { level: figure(level) });
  return (
    <ChartCard
      id="escalations"
      title="wasl.dashboard.escalations.title"
      caption={translate('wasl.dashboard.escalations.caption')}
      result={result}
      summary={(data) => (
        <Typography variant="h4" component="p" data-testid="escalations-open" data-value={data.open} sx={{ my: 1 }}>
          {translate('wasl.dashboard.escalations.open', { count: figure(data.open) })}
        </Typography>
      )}
      table={(data) => ({
        columns: ['wasl.dashboard.escalations.level_column', 'wasl.dashboard.escalations.count'],
        rows: data.byLevel.map((l) => ({
          key: String(l.level),
          cells: [{ value: l.level, csv: l.level, display: levelName(l.level) }, number(l.count)],
        })),
      })}
      chart={(data) => (
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data.byLevel.map((l) => ({ ...l, name: levelName(l.level) }))}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="name" reversed={rtl} />
            <YAxis orientation={rtl ? 'right' : 'left'} allowDecimals={false} />
            <Tooltip />
            <Bar dataKey="count" name={translate('wasl.dashboard.escalations.count')} fill={COLORS.bad} />
          </BarChart>
        </ResponsiveContainer>
      )}
      footer={(data) => <Items data={data} />}
    />
  );
};
