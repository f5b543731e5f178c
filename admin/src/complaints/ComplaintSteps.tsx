/**
 * CM3–CM5, I1: the complaint's named steps this role may take in this state (the server's own table,
 * cms/domain/complaint-workflow.ts), each a short form in a dialog; the server checks them again.
 */
import { Box, Button, Dialog, DialogContent, DialogTitle } from '@mui/material';
import { useState, type ReactElement } from 'react';
import {
  BooleanInput,
  Form,
  NumberInput,
  SaveButton,
  SelectInput,
  TextInput,
  required,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import {
  ACTION_KINDS,
  availableSteps,
  type ComplaintStatus,
  type ComplaintStep,
} from '../../../cms/domain/complaint-workflow';
import { useRole } from '../common/access';
import { StaffInput } from '../common/StaffInput';
import { choices } from '../common/enums';
import type { WaslDataProvider } from '../dataProvider';

const FIELDS: Record<ComplaintStep, { defaults: Record<string, unknown>; inputs: ReactElement[] }> = {
  assign: {
    defaults: { auto: true },
    inputs: [
      <BooleanInput key="a" source="auto" />,
      <StaffInput key="s" source="assignedTo" />,
      <TextInput key="d" source="department" />,
      <TextInput key="n" source="note" multiline fullWidth />,
    ],
  },
  act: {
    defaults: { kind: 'internal_note', awaitComplainant: false },
    inputs: [
      <SelectInput
        key="k"
        source="kind"
        choices={choices('actionKind').filter((c) => (ACTION_KINDS as readonly string[]).includes(c.id))}
        validate={required()}
      />,
      <TextInput key="b" source="body" multiline fullWidth validate={required()} />,
      <BooleanInput key="w" source="awaitComplainant" />,
    ],
  },
  escalate: { defaults: {}, inputs: [<TextInput key="r" source="reason" multiline fullWidth validate={required()} />] },
  resolve: {
    defaults: { amicableSettlement: false },
    inputs: [
      <TextInput key="r" source="resolution" multiline fullWidth validate={required()} />,
      <BooleanInput key="a" source="amicableSettlement" />,
      <TextInput key="s" source="settlementNotes" multiline fullWidth />,
      <TextInput key="p" source="publicReply" multiline fullWidth />,
    ],
  },
  close: {
    defaults: {},
    inputs: [
      <NumberInput key="s" source="satisfaction" min={1} max={5} validate={required()} />,
      <TextInput key="n" source="note" multiline fullWidth />,
    ],
  },
  reopen: { defaults: {}, inputs: [<TextInput key="r" source="reason" multiline fullWidth validate={required()} />] },
};

/** Only this step's inputs, and not the empty ones: the server refuses unknown keys and nulls. */
const bodyOf = (step: ComplaintStep, values: Record<string, unknown>) => {
  const sources = FIELDS[step].inputs.map((input) => (input.props as { source: string }).source);
  return Object.fromEntries(
    Object.entries(values).filter(([k, v]) => sources.includes(k) && v !== null && v !== undefined && v !== ''),
  );
};

const StepDialog = ({ step, onClose }: { step: ComplaintStep; onClose: () => void }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<WaslDataProvider>();
  const submit = async (values: Record<string, unknown>) => {
    try {
      await dataProvider.complaintStep(String(record?.id), step, { ...bodyOf(step, values), version: record?.version });
      notify(translate('wasl.complaint.done', { step: translate(`wasl.complaint.steps.${step}`) }), {
        type: 'success',
      });
      refresh();
      onClose();
    } catch (error) {
      notify((error as Error).message, { type: 'error', multiLine: true });
    }
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{translate(`wasl.complaint.steps.${step}`)}</DialogTitle>
      <DialogContent>
        <Form record={FIELDS[step].defaults} onSubmit={submit}>
          {FIELDS[step].inputs}
          <SaveButton label={translate('ra.action.confirm')} alwaysEnable data-testid="confirm-complaint-step" />
        </Form>
      </DialogContent>
    </Dialog>
  );
};

export const ComplaintSteps = (_props: { label?: string }) => {
  const record = useRecordContext();
  const role = useRole();
  const translate = useTranslate();
  const [step, setStep] = useState<ComplaintStep | null>(null);
  if (!record || !role) return null;
  const steps = availableSteps(record.status as ComplaintStatus, role);
  return (
    <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
      {steps.map((s) => (
        <Button key={s} variant="outlined" onClick={() => setStep(s)} data-complaint-step={s}>
          {translate(`wasl.complaint.steps.${s}`)}
        </Button>
      ))}
      {step && <StepDialog step={step} onClose={() => setStep(null)} />}
    </Box>
  );
};
