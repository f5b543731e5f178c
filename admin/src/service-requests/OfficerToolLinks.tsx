/**
 * ALL-TOOLS: the documents the association admin chose for the officer (the profile's `tools`), opened
 * from the request screen: the basic regulation, the social-research guide, the support policy…
 */
import { Chip, Stack } from '@mui/material';
import { Link, useGetList, useLocaleState, useTranslate, type RaRecord } from 'react-admin';
import { policyChoices, type PolicyRow } from '../configuration/officer-tools';

type Profile = RaRecord & { tools?: string[] | null };

export const OfficerToolLinks = (_props: { label?: string }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data: profiles } = useGetList<Profile>('association-profiles', { pagination: { page: 1, perPage: 1 } });
  const tools = profiles?.[0]?.tools ?? [];
  const { data: policies } = useGetList<PolicyRow & RaRecord>(
    'policy-documents',
    { pagination: { page: 1, perPage: 100 }, filter: { policyKey: tools } },
    { enabled: tools.length > 0 },
  );
  const rows = policies ?? [];
  const choices = policyChoices(rows, [], locale);
  const idOf = (key: string) =>
    [...rows].filter((r) => r.policyKey === key).sort((a, b) => (b.versionNumber ?? 0) - (a.versionNumber ?? 0))[0]?.id;
  const ordered = tools.flatMap((key) => choices.filter((c) => c.key === key));
  if (ordered.length === 0) return <span>{translate('wasl.configuration.no_tools')}</span>;
  return (
    <Stack direction="row" gap={1} flexWrap="wrap" data-testid="officer-tool-links">
      {ordered.map((tool) => (
        <Chip
          key={tool.key}
          size="small"
          clickable
          component={Link}
          to={`/policy-documents/${String(idOf(tool.key))}/show`}
          label={tool.title}
        />
      ))}
    </Stack>
  );
};
