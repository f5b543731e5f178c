/**
 * One dashboard widget: a card with its title and caption, the chart, the same numbers in a <table>
 * (for screen readers and for anyone who wants the figures) and a keyboard-reachable CSV download.
 * A widget still loading, failing or with nothing in the range says so.
 * The chart's box is dir="ltr" as an attribute: recharts lays SVG text out left to right (the widgets mirror
 * their axes in Arabic), and a CSS `direction` would be flipped by the RTL style plugin.
 */
import DownloadIcon from '@mui/icons-material/Download';
import {
  Box,
  Button,
  Card,
  CardContent,
  CircularProgress,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { downloadTable, inArabic } from './csv-download';
import type { CsvCell } from './stats-helpers';
import type { StatsResult } from './useStats';

export type Cell = { display: ReactNode; csv: CsvCell; value?: number | string | null };
export type TableRowData = { key: string; cells: Cell[] };
export type TableData = { columns: string[]; rows: TableRowData[] };

type Props<T> = {
  id: string;
  title: string;
  caption: string;
  result: StatsResult<T>;
  /** The widget's figures from the answer: the numbers table, and whether there is anything to draw. */
  table: (data: T) => TableData;
  chart: (data: T) => ReactNode;
  /** Headline figures above the chart (CSAT %, compliance %, …). */
  summary?: (data: T) => ReactNode;
  /** Details under the table (the longest escalations, the open findings). */
  footer?: (data: T) => ReactNode;
};

const NumbersTable = ({ id, caption, data }: { id: string; caption: string; data: TableData }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ overflowX: 'auto', maxHeight: 320 }}>
      <Table size="small" data-testid={`table-${id}`} aria-label={caption}>
        <caption style={{ captionSide: 'top', textAlign: 'start', padding: 0 }}>
          <Typography variant="caption" color="text.secondary">
            {translate('wasl.dashboard.table_caption', { caption })}
          </Typography>
        </caption>
        <TableHead>
          <TableRow>
            {data.columns.map((column) => (
              <TableCell key={column} component="th" scope="col">
                {translate(column)}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {data.rows.map((row) => (
            <TableRow key={row.key} data-row={row.key}>
              {row.cells.map((cell, i) => (
                <TableCell
                  key={data.columns[i]}
                  component={i === 0 ? 'th' : 'td'}
                  scope={i === 0 ? 'row' : undefined}
                  data-column={data.columns[i].split('.').pop()}
                  data-value={cell.value ?? undefined}
                >
                  {cell.display}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};

const State = ({ children }: { children: ReactNode }) => (
  <Box sx={{ minHeight: 120, display: 'flex', alignItems: 'center', justifyContent: 'center', textAlign: 'center' }}>
    {children}
  </Box>
);

export function ChartCard<T>({ id, title, caption, result, table, chart, summary, footer }: Props<T>) {
  const translate = useTranslate();
  const titleId = `widget-${id}-title`;
  const data = result.state === 'ready' ? table(result.data) : null;
  const csv = () => {
    if (!data) return;
    const headers = data.columns.map((column) => inArabic(column));
    downloadTable(
      `${id}`,
      headers,
      data.rows.map((row) => row.cells.map((cell) => cell.csv)),
    );
  };
  return (
    <Card component="section" aria-labelledby={titleId} data-widget={id} data-state={result.state} sx={{ minWidth: 0 }}>
      <CardContent>
        <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 1, justifyContent: 'space-between' }}>
          <Box>
            <Typography variant="h6" component="h2" id={titleId}>
              {translate(title)}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {caption}
            </Typography>
          </Box>
          {data && data.rows.length > 0 && (
            <Button
              size="small"
              startIcon={<DownloadIcon />}
              onClick={csv}
              data-testid={`csv-${id}`}
              sx={{ flexShrink: 0, whiteSpace: 'nowrap' }}
            >
              {translate('wasl.dashboard.csv')}
            </Button>
          )}
        </Box>
        {result.state === 'loading' && (
          <State>
            <CircularProgress size={24} aria-label={translate('ra.page.loading')} />
          </State>
        )}
        {result.state === 'error' && (
          <State>
            <Typography color="error">{result.message}</Typography>
          </State>
        )}
        {result.state === 'ready' && data && (
          <>
            {summary?.(result.data)}
            {data.rows.length === 0 ? (
              <State>
                <Typography color="text.secondary" data-testid={`empty-${id}`}>
                  {translate('wasl.dashboard.empty')}
                </Typography>
              </State>
            ) : (
              <Box component="figure" aria-labelledby={titleId} sx={{ m: 0 }}>
                <Box sx={{ height: 260 }} dir="ltr" data-testid={`chart-${id}`}>
                  {chart(result.data)}
                </Box>
                <figcaption>
                  <NumbersTable id={id} caption={caption} data={data} />
                </figcaption>
              </Box>
            )}
            {footer?.(result.data)}
          </>
        )}
      </CardContent>
    </Card>
  );
}
