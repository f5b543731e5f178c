/** ESR-H6: a committee member votes once on an item, with an optional reason. */
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  Radio,
  RadioGroup,
  TextField,
} from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import type { VoteChoice } from '../dataProvider';
import { ENUMS } from '../common/enums';
import { useVote } from '../service-requests/journey';

export const VoteDialog = ({ id, tracking, onClose }: { id: string; tracking: string; onClose: () => void }) => {
  const translate = useTranslate();
  const [choice, setChoice] = useState<VoteChoice>('approve');
  const [reason, setReason] = useState('');
  const vote = useVote(id);
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{translate('wasl.committee.vote_title', { tracking })}</DialogTitle>
      <DialogContent>
        <RadioGroup value={choice} onChange={(e) => setChoice(e.target.value as VoteChoice)} row>
          {ENUMS.voteChoice.map((value) => (
            <FormControlLabel
              key={value}
              value={value}
              control={<Radio />}
              label={translate(`enums.voteChoice.${value}`)}
            />
          ))}
        </RadioGroup>
        <TextField
          label={translate('wasl.committee.reason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          multiline
          fullWidth
          sx={{ mt: 1 }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button
          variant="contained"
          disabled={vote.isPending}
          data-testid="cast-vote"
          onClick={() => vote.mutate({ choice, reason }, { onSuccess: onClose })}
        >
          {translate('wasl.committee.vote')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
