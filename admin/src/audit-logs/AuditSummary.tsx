/**
 * An entry's summary as the server keeps it (P1): field names, codes, ids and counts, never a personal
 * value, so it is shown as it is, one line per item, lists as chips.
 */
import { Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

type Props = { label?: string };

const Value = ({ value }: { value: unknown }) => {
  if (Array.isArray(value)) {
    return (
      <Stack direction="row" useFlexGap flexWrap="wrap" gap={0.5}>
        {value.map((item, i) => (
          <Chip
            key={i}
            size="small"
            variant="outlined"
            label={typeof item === 'string' ? item : JSON.stringify(item)}
          />
        ))}
      </Stack>
    );
  }
  const text = value !== null && typeof value === 'object' ? JSON.stringify(value) : String(value);
  return (
    <Typography variant="body2" component="span" sx={{ fontFamily: 'monospace' }}>
      {text}
    </Typography>
  );
};

export const AuditSummary = (_props: Props) => {
  const record = useRecordContext<{ summary?: Record<string, unknown> | null }>();
  const translate = useTranslate();
  const entries = Object.entries(record?.summary ?? {});
  if (entries.length === 0) return <Typography variant="body2">{translate('wasl.audit.summary.empty')}</Typography>;
  return (
    <Table size="small" data-testid="audit-summary">
      <TableHead>
        <TableRow>
          <TableCell>{translate('wasl.audit.summary.key')}</TableCell>
          <TableCell>{translate('wasl.audit.summary.value')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {entries.map(([key, value]) => (
          <TableRow key={key}>
            <TableCell sx={{ fontFamily: 'monospace' }}>{key}</TableCell>
            <TableCell>
              <Value value={value} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
