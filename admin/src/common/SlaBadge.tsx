/**
 * ESR-H7 at a glance: the server computes `slaState` from the working-day calendar; the console only
 * colours it. Nothing is shown for a record that has no such state.
 */
import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { SLA_STATES, type SlaState } from '../../../cms/domain/sla-state';

type Colour = 'success' | 'warning' | 'error' | 'info' | 'default';
const COLOURS: Record<SlaState, Colour> = {
  not_started: 'default',
  on_time: 'success',
  due_soon: 'warning',
  overdue: 'error',
  paused: 'info',
  met: 'success',
  missed: 'error',
  none: 'default',
};

const isSlaState = (value: unknown): value is SlaState => (SLA_STATES as readonly unknown[]).includes(value);

export const SlaBadge = (_props: { label?: string; source?: string; sortable?: boolean }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const state = record?.slaState;
  if (!isSlaState(state)) return null;
  return (
    <Chip
      size="small"
      variant="outlined"
      color={COLOURS[state]}
      label={translate(`wasl.sla.${state}`)}
      data-sla={state}
    />
  );
};
