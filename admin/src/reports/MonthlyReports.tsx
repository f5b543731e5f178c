/**
 * MC4, S5, S6: «التقارير الشهرية». The manager (and the association admin) picks a month, named in the
 * Gregorian and Hijri calendars, and downloads its report as PDF or CSV; the same report reaches the
 * managers by mail on the first working day of the next month. The file comes from the authorised route
 * with the signed-in token (GET /api/wasl/reports/monthly), never from a public URL.
 */
import { useMemo, useState } from 'react';
import DownloadIcon from '@mui/icons-material/Download';
import { Card, CardContent, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { Button, Title, useLocale, useNotify, useTranslate } from 'react-admin';
import { fetchFile } from '../httpClient';
import { API_URL } from '../session';
import { reportMonths } from './months';

const save = (blob: Blob, name: string) => {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};

export const MonthlyReports = () => {
  const translate = useTranslate();
  const locale = useLocale();
  const notify = useNotify();
  // The previous month first: the current one is still running.
  const months = useMemo(() => reportMonths(new Date(), locale), [locale]);
  const [month, setMonth] = useState(months[1]?.value ?? months[0].value);
  const [busy, setBusy] = useState<'pdf' | 'csv' | null>(null);

  const download = async (format: 'pdf' | 'csv') => {
    setBusy(format);
    try {
      const query = new URLSearchParams({ month, format }).toString();
      save(await fetchFile(`${API_URL}/wasl/reports/monthly?${query}`), `monthly-report-${month}.${format}`);
    } catch (error) {
      notify((error as Error).message || 'wasl.reports.failed', { type: 'error' });
    } finally {
      setBusy(null);
    }
  };

  return (
    <Card>
      <Title title={translate('wasl.reports.title')} />
      <CardContent>
        <Stack spacing={2} sx={{ maxWidth: 560 }}>
          <Typography variant="body2" color="text.secondary">
            {translate('wasl.reports.intro')}
          </Typography>
          <TextField
            select
            label={translate('wasl.reports.month')}
            value={month}
            onChange={(event) => setMonth(event.target.value)}
            inputProps={{ 'data-testid': 'report-month' }}
          >
            {months.map((m) => (
              <MenuItem key={m.value} value={m.value}>
                {m.gregorian} — {m.hijri}
              </MenuItem>
            ))}
          </TextField>
          <Stack direction="row" spacing={2}>
            <Button
              variant="contained"
              label={translate('wasl.reports.pdf')}
              disabled={busy !== null}
              onClick={() => download('pdf')}
            >
              <DownloadIcon />
            </Button>
            <Button
              variant="outlined"
              label={translate('wasl.reports.csv')}
              disabled={busy !== null}
              onClick={() => download('csv')}
            >
              <DownloadIcon />
            </Button>
          </Stack>
        </Stack>
      </CardContent>
    </Card>
  );
};
