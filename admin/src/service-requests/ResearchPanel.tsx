/** HRF-H4: the social researcher writes the report the committee reads; only that role may write it. */
import { Box, Typography } from '@mui/material';
import {
  SaveButton,
  SimpleForm,
  TextInput,
  Toolbar,
  useNotify,
  useRecordContext,
  useTranslate,
  useUpdate,
  type RaRecord,
} from 'react-admin';
import { canWrite, useRole } from '../common/access';

export const ResearchPanel = () => {
  const record = useRecordContext();
  const role = useRole();
  const translate = useTranslate();
  const notify = useNotify();
  const [update] = useUpdate();
  if (
    !record ||
    !canWrite(role, 'service-requests', 'researchReport') ||
    !['complete', 'in_research'].includes(String(record.status))
  )
    return null;
  const save = (values: Partial<RaRecord>) =>
    update(
      'service-requests',
      { id: record.id, data: { researchReport: values.researchReport }, previousData: record },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => notify(translate('wasl.request.report_saved'), { type: 'success' }),
        onError: (error) => notify((error as Error).message, { type: 'error' }),
      },
    );
  return (
    <Box data-testid="research">
      <Typography variant="subtitle1">{translate('wasl.request.research')}</Typography>
      <SimpleForm
        record={{ id: record.id, researchReport: record.researchReport ?? '' }}
        onSubmit={save}
        toolbar={
          <Toolbar>
            <SaveButton label={translate('wasl.request.save_report')} alwaysEnable />
          </Toolbar>
        }
      >
        <TextInput source="researchReport" resource="service-requests" multiline minRows={3} fullWidth />
      </SimpleForm>
    </Box>
  );
};
