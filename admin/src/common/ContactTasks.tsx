/**
 * H6: what the beneficiary must be told through a channel no machine delivers (a text message, a call,
 * a letter) is a task on the request or the complaint; the officer records it done with a note.
 */
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { RecordContextProvider, useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { ContactTask, TaskOwner, WaslDataProvider } from '../dataProvider';
import { useGranted } from './access';
import { DualDateField } from './DualDateField';
import { EnumField } from './EnumField';

const GRANT: Record<TaskOwner, string> = {
  'service-requests': 'plugin::wasl.contact-tasks.forRequest',
  complaints: 'plugin::wasl.contact-tasks.forComplaint',
};

const DoneDialog = ({
  task,
  onClose,
  onDone,
}: {
  task: ContactTask;
  onClose: () => void;
  onDone: (note: string) => void;
}) => {
  const translate = useTranslate();
  const [note, setNote] = useState('');
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{translate('wasl.tasks.record_done')}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" sx={{ whiteSpace: 'pre-line', mb: 2 }}>
          {task.bodyText}
        </Typography>
        <TextField
          label={translate('wasl.tasks.note')}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          fullWidth
          multiline
          minRows={2}
          inputProps={{ maxLength: 2000, 'data-testid': 'task-note' }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" onClick={() => onDone(note)} data-testid="task-confirm">
          {translate('wasl.tasks.done')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};

export const ContactTasks = ({ owner, id }: { owner: TaskOwner; id: string }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<WaslDataProvider>();
  const queryClient = useQueryClient();
  const allowed = useGranted(GRANT[owner]);
  const [open, setOpen] = useState<ContactTask | null>(null);
  const key = ['contact-tasks', owner, id];
  const { data } = useQuery({
    queryKey: key,
    queryFn: () => dataProvider.getContactTasks(owner, id),
    enabled: allowed,
  });
  const done = useMutation({
    mutationFn: ({ task, note }: { task: ContactTask; note: string }) =>
      dataProvider.completeContactTask(task.id, note),
    onSuccess: () => {
      notify(translate('wasl.tasks.recorded'), { type: 'success' });
      setOpen(null);
      void queryClient.invalidateQueries({ queryKey: key });
    },
    onError: (error: Error) => notify(error.message || translate('wasl.error.generic'), { type: 'error' }),
  });
  if (!allowed || !data) return null;
  return (
    <Box data-testid="contact-tasks">
      <Typography variant="subtitle1">{translate('wasl.tasks.title')}</Typography>
      {data.length === 0 ? (
        <Alert severity="info">{translate('wasl.tasks.none')}</Alert>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('wasl.tasks.what')}</TableCell>
              <TableCell>{translate('wasl.tasks.channel')}</TableCell>
              <TableCell>{translate('wasl.tasks.recipient')}</TableCell>
              <TableCell>{translate('wasl.tasks.created')}</TableCell>
              <TableCell>{translate('wasl.tasks.status')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {data.map((task) => (
              <RecordContextProvider key={task.id} value={task}>
                <TableRow>
                  <TableCell>
                    <EnumField source="template" enumName="notificationTemplate" />
                  </TableCell>
                  <TableCell>
                    <EnumField source="channel" enumName="taskChannel" />
                  </TableCell>
                  <TableCell>
                    <bdi dir="ltr">{task.recipient}</bdi>
                  </TableCell>
                  <TableCell>
                    <DualDateField source="createdAt" withTime />
                  </TableCell>
                  <TableCell>
                    {task.status === 'done' ? (
                      <>
                        <EnumField source="status" enumName="taskStatus" />
                        <DualDateField source="doneAt" withTime />
                      </>
                    ) : (
                      <Button size="small" variant="outlined" onClick={() => setOpen(task)} data-testid="task-done">
                        {translate('wasl.tasks.done')}
                      </Button>
                    )}
                  </TableCell>
                </TableRow>
              </RecordContextProvider>
            ))}
          </TableBody>
        </Table>
      )}
      {open && (
        <DoneDialog task={open} onClose={() => setOpen(null)} onDone={(note) => done.mutate({ task: open, note })} />
      )}
    </Box>
  );
};
