/**
 * ESR-H6: the buttons are the transitions this role may make from this state (the server's table);
 * preconditions are checked when pressed, and a refusal shows every blocker in the user's language.
 */
import { Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { useJourney, useTransition } from './journey';

const StepDialog = ({
  id,
  to,
  version,
  onClose,
}: {
  id: string;
  to: string;
  version?: number;
  onClose: () => void;
}) => {
  const translate = useTranslate();
  const [note, setNote] = useState('');
  const transition = useTransition(id, version);
  const status = translate(`enums.status.${to}`);
  const confirm = () => transition.mutate({ to, note }, { onSuccess: onClose });
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{translate('wasl.request.move_to', { status })}</DialogTitle>
      <DialogContent>
        <TextField
          label={translate('wasl.request.note')}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          multiline
          minRows={2}
          fullWidth
          sx={{ mt: 1 }}
          name="note"
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" onClick={confirm} disabled={transition.isPending} data-testid="confirm-step">
          {translate('ra.action.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};

export const NextSteps = ({ id }: { id: string }) => {
  const translate = useTranslate();
  const { data } = useJourney(id);
  const [target, setTarget] = useState<string | null>(null);
  if (!data) return null;
  return (
    <Box>
      <Typography variant="subtitle1" gutterBottom>
        {translate('wasl.request.next_steps')}
      </Typography>
      {data.nextSteps.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          {translate('wasl.request.no_next_steps')}
        </Typography>
      )}
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
        {data.nextSteps.map((to) => (
          <Button key={to} variant="outlined" onClick={() => setTarget(to)} data-step={to}>
            {translate(`enums.status.${to}`)}
          </Button>
        ))}
      </Box>
      {target && <StepDialog id={id} to={target} version={data.version} onClose={() => setTarget(null)} />}
    </Box>
  );
};
