/**
 * The association admin's actions on one staff account (P1): block or unblock, change the role, mail a
 * one-time password reset link. Each is a named route; the server revokes the member's sessions on a
 * block or role change and never shows the link here (it is in the member's mail only).
 */
import { useState } from 'react';
import { Box, Button, MenuItem, TextField as MuiTextField } from '@mui/material';
import { useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { STAFF_ROLES } from '../../../cms/constants/roles';
import type { WaslDataProvider } from '../dataProvider';
import { readSession } from '../session';

export const StaffAdminPanel = () => {
  const record = useRecordContext<{ id: number; role: string; blocked: boolean }>();
  const dataProvider = useDataProvider<WaslDataProvider>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [role, setRole] = useState('');
  const [busy, setBusy] = useState(false);
  if (!record) return null;
  // The server refuses the admin's own account (OWN_ACCOUNT); the buttons are not offered for it.
  const self = readSession()?.user.id === record.id;

  const run = async (action: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await action();
      notify(translate(done), { type: 'success' });
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap', marginBlockStart: 2 }}>
      {!self && (
        <Button
          variant="outlined"
          color={record.blocked ? 'primary' : 'error'}
          disabled={busy}
          data-testid="staff-block"
          onClick={() =>
            run(
              () => dataProvider.updateStaff(record.id, { blocked: !record.blocked }),
              record.blocked ? 'wasl.staff.unblocked' : 'wasl.staff.blocked',
            )
          }
        >
          {translate(record.blocked ? 'wasl.staff.unblock' : 'wasl.staff.block')}
        </Button>
      )}
      {!self && (
        <>
          <MuiTextField
            select
            size="small"
            sx={{ minWidth: 220 }}
            label={translate('resources.staff.fields.role')}
            value={role}
            onChange={(e) => setRole(e.target.value)}
            inputProps={{ 'data-testid': 'staff-role' }}
          >
            {STAFF_ROLES.filter((r) => r !== record.role).map((r) => (
              <MenuItem key={r} value={r}>
                {translate(`wasl.role.${r}`)}
              </MenuItem>
            ))}
          </MuiTextField>
          <Button
            variant="outlined"
            disabled={busy || !role}
            onClick={() => run(() => dataProvider.updateStaff(record.id, { role }), 'wasl.staff.role_changed')}
          >
            {translate('wasl.staff.change_role')}
          </Button>
        </>
      )}
      <Button
        variant="contained"
        disabled={busy}
        data-testid="staff-reset"
        onClick={() => run(() => dataProvider.issuePasswordReset(record.id), 'wasl.staff.reset_sent')}
      >
        {translate('wasl.staff.send_reset')}
      </Button>
    </Box>
  );
};
