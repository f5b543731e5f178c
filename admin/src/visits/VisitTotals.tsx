/**
 * MC1: the daily totals per branch and day for a date range (default: the last 30 days), Hijri and
 * Gregorian, with a totals row; computed by the server (GET /visit-totals), never from raw rows here.
 */
import {
  Box,
  Card,
  CardContent,
  MenuItem,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useEffect, useState } from 'react';
import { Title, useDataProvider, useGetList, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { ENUMS, enumKey } from '../common/enums';
import { formatDualDate } from '../common/dates';
import type { VisitTotals as Totals, WaslDataProvider } from '../dataProvider';

const riyadhDay = (offsetDays = 0) =>
  new Date(Date.now() + 3 * 3600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);

export const VisitTotals = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<WaslDataProvider>();
  const { data: branches } = useGetList('branches', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'nameAr', order: 'ASC' },
  });
  const [from, setFrom] = useState(riyadhDay(-29));
  const [to, setTo] = useState(riyadhDay());
  const [branch, setBranch] = useState('');
  const [totals, setTotals] = useState<Totals | null>(null);

  useEffect(() => {
    dataProvider
      .getVisitTotals({ from, to, branch })
      .then(setTotals)
      .catch((error: Error) => notify(error.message, { type: 'error' }));
  }, [from, to, branch, dataProvider, notify]);

  const dual = (day: string) => formatDualDate(day, locale);
  const countOf = (list: { key: string; count: number }[], key: string) => list.find((p) => p.key === key)?.count ?? 0;
  const dateHint = (day: string) => {
    const d = dual(day);
    return d ? `${d.hijri}` : '';
  };

  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate('wasl.visit_totals.title')} />
      <CardContent>
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', mb: 2 }}>
          <TextField
            type="date"
            size="small"
            label={translate('wasl.visit_totals.from')}
            value={from}
            onChange={(e) => setFrom(e.target.value)}
            helperText={dateHint(from)}
            slotProps={{ inputLabel: { shrink: true } }}
          />
          <TextField
            type="date"
            size="small"
            label={translate('wasl.visit_totals.to')}
            value={to}
            onChange={(e) => setTo(e.target.value)}
            helperText={dateHint(to)}
            slotProps={{ inputLabel: { shrink: true } }}
          />
          <TextField
            select
            size="small"
            label={translate('resources.visits.fields.branch')}
            value={branch}
            onChange={(e) => setBranch(e.target.value)}
            sx={{ minWidth: 220 }}
          >
            <MenuItem value="">{translate('wasl.visit_totals.all_branches')}</MenuItem>
            {(branches ?? []).map((b) => (
              <MenuItem key={String(b.id)} value={String(b.id)}>
                {String(b.nameAr)}
              </MenuItem>
            ))}
          </TextField>
        </Box>
        {totals && totals.rows.length === 0 ? (
          <Typography data-testid="totals-empty">{translate('wasl.visit_totals.empty')}</Typography>
        ) : (
          <Table size="small" data-testid="visit-totals">
            <TableHead>
              <TableRow>
                <TableCell>{translate('resources.visits.fields.visitDate')}</TableCell>
                <TableCell>{translate('resources.visits.fields.branch')}</TableCell>
                {ENUMS.visitPurpose.map((p) => (
                  <TableCell key={p} align="center">
                    {translate(enumKey('visitPurpose', p))}
                  </TableCell>
                ))}
                <TableCell align="center">{translate('wasl.visit_totals.total')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {(totals?.rows ?? []).map((row) => {
                const d = dual(row.visitDate);
                return (
                  <TableRow key={`${row.visitDate}-${row.branchId}`}>
                    <TableCell>
                      {d?.hijri}
                      <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                        {d?.gregorian}
                      </Typography>
                    </TableCell>
                    <TableCell>{row.branchName}</TableCell>
                    {ENUMS.visitPurpose.map((p) => (
                      <TableCell key={p} align="center">
                        {countOf(row.byPurpose, p)}
                      </TableCell>
                    ))}
                    <TableCell align="center">
                      <strong>{row.total}</strong>
                    </TableCell>
                  </TableRow>
                );
              })}
              {totals && (
                <TableRow data-testid="totals-row" sx={{ '& td': { fontWeight: 700 } }}>
                  <TableCell colSpan={2}>{translate('wasl.visit_totals.total')}</TableCell>
                  {ENUMS.visitPurpose.map((p) => (
                    <TableCell key={p} align="center">
                      {countOf(totals.totals.byPurpose, p)}
                    </TableCell>
                  ))}
                  <TableCell align="center">{totals.totals.total}</TableCell>
                </TableRow>
              )}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
};
