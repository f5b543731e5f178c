/**
 * MC4, ALL-SAT: a questionnaire's results for a period and, optionally, a branch: responses, mean score,
 * CSAT, each question's distribution, per service, branch and month, and the free-text remarks. Never per
 * staff member: the API has no such figure.
 */
import {
  Box,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField as MuiTextField,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useDataProvider, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import type { SurveySummary, WaslDataProvider } from '../dataProvider';
import { useGranted } from '../common/access';

const riyadhDay = (offsetDays = 0) =>
  new Date(Date.now() + 3 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);

const SummaryCells = ({ row }: { row: SurveySummary }) => {
  const [locale] = useLocaleState();
  const n = (value: number | null, digits = 2) =>
    value === null ? '—' : value.toLocaleString(locale === 'en' ? 'en' : 'ar-SA', { maximumFractionDigits: digits });
  return (
    <>
      <TableCell>{n(row.responses, 0)}</TableCell>
      <TableCell>{n(row.averageScore)}</TableCell>
      <TableCell>{row.csat === null ? '—' : `${n(row.csat, 1)}٪`}</TableCell>
    </>
  );
};

const SummaryTable = ({ title, rows }: { title: string; rows: { name: string; summary: SurveySummary }[] }) => {
  const translate = useTranslate();
  if (rows.length === 0) return null;
  return (
    <Box>
      <Typography variant="subtitle2">{title}</Typography>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell />
            <TableCell>{translate('wasl.surveys.responses')}</TableCell>
            <TableCell>{translate('wasl.surveys.average')}</TableCell>
            <TableCell>{translate('wasl.surveys.csat')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.name}>
              <TableCell>{row.name}</TableCell>
              <SummaryCells row={row.summary} />
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};

export const ResultsPanel = (_props: { label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<WaslDataProvider>();
  const granted = useGranted('plugin::wasl.survey-tools.results');
  const [from, setFrom] = useState(riyadhDay(-89));
  const [to, setTo] = useState(riyadhDay());
  const id = record ? String(record.id) : '';
  const { data } = useQuery({
    queryKey: ['survey-results', id, from, to],
    queryFn: () => dataProvider.getSurveyResults(id, { from, to }),
    enabled: granted && Boolean(id) && Boolean(from) && Boolean(to),
  });
  if (!granted) return null;
  const en = locale === 'en';
  const named = (ar: string | null, english: string | null) =>
    (en ? english || ar : ar || english) ?? translate('wasl.surveys.unassigned');
  return (
    <Stack spacing={2} data-testid="survey-results" sx={{ width: '100%' }}>
      <Typography variant="h6">{translate('wasl.surveys.results')}</Typography>
      <Typography variant="body2" color="text.secondary">
        {translate('wasl.surveys.results_hint')}
      </Typography>
      <Stack direction="row" spacing={2}>
        <MuiTextField
          type="date"
          size="small"
          label={translate('wasl.surveys.from')}
          value={from}
          onChange={(e) => setFrom(e.target.value)}
          InputLabelProps={{ shrink: true }}
        />
        <MuiTextField
          type="date"
          size="small"
          label={translate('wasl.surveys.to')}
          value={to}
          onChange={(e) => setTo(e.target.value)}
          InputLabelProps={{ shrink: true }}
        />
      </Stack>
      {data && data.responses === 0 && <Typography>{translate('wasl.surveys.no_responses')}</Typography>}
      {data && data.responses > 0 && (
        <>
          <SummaryTable
            title={translate('wasl.surveys.results')}
            rows={[{ name: translate('wasl.surveys.responses'), summary: data }]}
          />
          {data.responseRate !== null && (
            <Typography>
              {translate('wasl.surveys.response_rate')}: {data.responseRate.toLocaleString(en ? 'en' : 'ar-SA')}٪
            </Typography>
          )}
          {data.questions.map((q) => (
            <Box key={q.key} data-question={q.key}>
              <Typography variant="subtitle2">
                {en ? q.labelEn : q.labelAr} — {translate('wasl.surveys.answered')}: {q.answered}
                {q.kind === 'likert' && q.mean !== null && q.mean !== undefined
                  ? ` — ${translate('wasl.surveys.mean')}: ${q.mean}`
                  : ''}
              </Typography>
              {q.distribution && (
                <Table size="small">
                  <TableBody>
                    {q.distribution.map((d) => (
                      <TableRow key={String(d.value)}>
                        <TableCell>{q.kind === 'choice' ? (en ? d.labelEn : d.labelAr) : d.value}</TableCell>
                        <TableCell>{d.count}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              )}
              {q.texts?.map((text, i) => (
                <Typography key={i} variant="body2" sx={{ ps: 2 }}>
                  • {text}
                </Typography>
              ))}
            </Box>
          ))}
          <SummaryTable
            title={translate('wasl.surveys.by_service')}
            rows={data.byService.map((s) => ({ name: named(s.serviceNameAr, s.serviceNameEn), summary: s }))}
          />
          <SummaryTable
            title={translate('wasl.surveys.by_branch')}
            rows={data.byBranch.map((b) => ({ name: named(b.branchNameAr, b.branchNameEn), summary: b }))}
          />
          <SummaryTable
            title={translate('wasl.surveys.by_month')}
            rows={data.byMonth.map((m) => ({ name: m.month.slice(0, 7), summary: m }))}
          />
          {data.comments.length > 0 && (
            <Box>
              <Typography variant="subtitle2">{translate('wasl.surveys.comments')}</Typography>
              {data.comments.map((text, i) => (
                <Typography key={i} variant="body2">
                  • {text}
                </Typography>
              ))}
            </Box>
          )}
        </>
      )}
    </Stack>
  );
};
