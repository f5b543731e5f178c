/**
 * ALL-TOOLS: the documents a beneficiary-relations officer opens from the request screen (the basic
 * regulation, the social-research guide, the support policy…), chosen by the association admin from its
 * policy documents. Stored as the profile's `tools`, an ordered list of policy keys the server checks.
 */
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Checkbox,
  FormControlLabel,
  FormHelperText,
  Stack,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { HttpError, Link, Title, useGetList, useLocaleState, useNotify, useTranslate, useUpdate } from 'react-admin';
import type { RaRecord } from 'react-admin';
import { useCan } from '../common/access';
import { policyChoices, type PolicyRow } from './officer-tools';

type Profile = RaRecord & { tools?: string[] | null };

const indexErrors = (error: unknown, tools: string[]): Record<string, string> => {
  const errors = error instanceof HttpError ? (error.body as { errors?: Record<string, string> }).errors : undefined;
  return Object.fromEntries(
    Object.entries(errors ?? {}).flatMap(([field, message]) => {
      const match = /^tools\.(\d+)$/.exec(field);
      return match && tools[Number(match[1])] ? [[tools[Number(match[1])], message]] : [];
    }),
  );
};

export const OfficerTools = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const canEdit = useCan('association-profiles', 'update');
  const profiles = useGetList<Profile>('association-profiles', { pagination: { page: 1, perPage: 1 } });
  const policies = useGetList<PolicyRow & RaRecord>('policy-documents', {
    pagination: { page: 1, perPage: 500 },
    sort: { field: 'policyKey', order: 'ASC' },
  });
  const profile = profiles.data?.[0];
  const [chosen, setChosen] = useState<string[] | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [update, { isPending }] = useUpdate<Profile>();
  const tools = chosen ?? profile?.tools ?? [];
  const choices = policyChoices(policies.data ?? [], tools, locale);
  const toggle = (key: string) => setChosen(tools.includes(key) ? tools.filter((t) => t !== key) : [...tools, key]);
  const save = () =>
    profile &&
    update(
      'association-profiles',
      { id: profile.id, data: { tools }, previousData: profile },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          setErrors({});
          setChosen(null);
          notify('wasl.configuration.tools_saved', { type: 'success' });
        },
        onError: (e) => {
          setErrors(indexErrors(e, tools));
          notify((e as Error).message, { type: 'error' });
        },
      },
    );
  return (
    <Card sx={{ mt: 2 }} data-testid="officer-tools">
      <Title title={translate('wasl.configuration.tools_title')} />
      <CardContent>
        <Typography variant="h6" gutterBottom>
          {translate('wasl.configuration.tools_title')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate('wasl.configuration.tools_intro')}
        </Typography>
        {!policies.isPending && choices.length === 0 && (
          <Alert severity="info">
            {translate('wasl.configuration.tools_empty')}{' '}
            <Link to="/policy-documents">{translate('resources.policy-documents.name', { smart_count: 2 })}</Link>
          </Alert>
        )}
        <Stack>
          {choices.map((choice) => (
            <Box key={choice.key}>
              <FormControlLabel
                control={
                  <Checkbox
                    name={`tool-${choice.key}`}
                    checked={tools.includes(choice.key)}
                    disabled={!canEdit}
                    onChange={() => toggle(choice.key)}
                  />
                }
                label={
                  choice.missing ? `${choice.key} — ${translate('wasl.configuration.tool_missing')}` : choice.title
                }
              />
              {errors[choice.key] && <FormHelperText error>{errors[choice.key]}</FormHelperText>}
            </Box>
          ))}
        </Stack>
        {canEdit && choices.length > 0 && (
          <Button
            variant="contained"
            sx={{ mt: 2 }}
            onClick={save}
            disabled={isPending || !profile}
            data-testid="save-tools"
          >
            {translate('ra.action.save')}
          </Button>
        )}
      </CardContent>
    </Card>
  );
};
