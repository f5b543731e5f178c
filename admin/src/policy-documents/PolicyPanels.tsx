/**
 * What a policy page shows (PD1, PD2, PD4): its status, the text (sanitised HTML from the server's
 * renderRichText), the board approval with both dates and the signatories, and what it supersedes or
 * what superseded it.
 */
import { Box, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link, useCreatePath, useLocaleState, useRecordContext, useTranslate } from 'react-admin';

type Signatory = { name?: string; title?: string };

/** Published or draft (and which version is published), superseded. */
export const PolicyStatus = (_props: { label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const draftAhead = record.published && record.publishedVersion !== record.versionNumber;
  return (
    <Stack direction="row" spacing={1} data-testid="policy-status">
      <Chip
        size="small"
        color={record.published ? 'success' : 'default'}
        label={
          record.published
            ? translate('wasl.policy.published_version', { version: record.publishedVersion })
            : translate('wasl.policy.not_published')
        }
      />
      {(draftAhead || !record.published) && <Chip size="small" label={translate('wasl.policy.draft')} />}
      {record.superseded && <Chip size="small" color="warning" label={translate('wasl.policy.superseded')} />}
    </Stack>
  );
};

export const PolicyText = (_props: { label?: string }) => {
  const record = useRecordContext();
  const [locale] = useLocaleState();
  if (!record) return null;
  const html = (locale === 'en' && record.bodyHtmlEn) || record.bodyHtmlAr || '';
  // The server sanitised it (cms/domain/rich-text.ts): no script, no event attribute, safe links only.
  return <Box className="policy-text" data-testid="policy-text" dangerouslySetInnerHTML={{ __html: html }} />;
};

export const Signatories = (_props: { label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const rows = Array.isArray(record?.signatories) ? (record.signatories as Signatory[]) : [];
  if (!rows.length) return null;
  return (
    <Table size="small" data-testid="signatories">
      <TableHead>
        <TableRow>
          <TableCell>{translate('wasl.policy.signatory_name')}</TableCell>
          <TableCell>{translate('wasl.policy.signatory_title')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row, index) => (
          <TableRow key={index}>
            <TableCell>{row.name}</TableCell>
            <TableCell>{row.title}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/** PD2: the policy this one replaced, and the one that replaced it. */
export const SupersededBy = (_props: { label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const createPath = useCreatePath();
  const [locale] = useLocaleState();
  const by = record?.supersededBy as { id: string; titleAr: string; titleEn: string | null } | null | undefined;
  if (!by) return <Typography variant="body2">—</Typography>;
  return (
    <Link to={createPath({ resource: 'policy-documents', id: by.id, type: 'show' })} data-testid="superseded-by">
      {translate('wasl.policy.superseded_by')}: {(locale === 'en' && by.titleEn) || by.titleAr}
    </Link>
  );
};
