/**
 * `#/reset-password?token=…`: a staff member sets a password from the one-time link the association
 * admin issued (P1). Outside the layout and the sign-in: the holder has no session. The token leaves
 * the address bar as soon as it is read, so it is not kept in the history or shown over a shoulder.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { Alert, Box, Button, Card, CardContent, TextField, Typography } from '@mui/material';
import { HttpError, useTranslate } from 'react-admin';
import { useLocation, useNavigate } from 'react-router-dom';
import { anonymousClient } from '../httpClient';
import { API_URL } from '../session';

type Outcome = { kind: 'done' } | { kind: 'error'; message: string } | null;

export const ResetPasswordPage = () => {
  const translate = useTranslate();
  const location = useLocation();
  const navigate = useNavigate();
  const [token] = useState(() => new URLSearchParams(location.search).get('token') ?? '');
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (location.search) navigate('/reset-password', { replace: true });
  }, [location.search, navigate]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (password !== confirmation)
      return setOutcome({ kind: 'error', message: translate('wasl.reset_password.mismatch') });
    setBusy(true);
    try {
      await anonymousClient(`${API_URL}/wasl/password-reset`, {
        method: 'POST',
        body: JSON.stringify({ token, password }),
      });
      setOutcome({ kind: 'done' });
    } catch (error) {
      setOutcome({
        kind: 'error',
        message: error instanceof HttpError ? error.message : translate('wasl.error.generic'),
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box
      sx={{
        display: 'flex',
        justifyContent: 'center',
        alignItems: 'center',
        minHeight: '100vh',
        bgcolor: 'background.default',
      }}
    >
      <Card sx={{ width: 420, maxWidth: '95vw' }}>
        <CardContent component="form" onSubmit={submit} sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
          <Typography variant="h6">{translate('wasl.reset_password.title')}</Typography>
          {!token && <Alert severity="error">{translate('wasl.reset_password.no_token')}</Alert>}
          <Typography variant="body2" color="text.secondary">
            {translate('wasl.reset_password.rules')}
          </Typography>
          {outcome?.kind === 'done' ? (
            <>
              <Alert severity="success" data-testid="reset-done">
                {translate('wasl.reset_password.done')}
              </Alert>
              <Button variant="contained" onClick={() => navigate('/login')}>
                {translate('ra.auth.sign_in')}
              </Button>
            </>
          ) : (
            <>
              <TextField
                name="password"
                type="password"
                autoComplete="new-password"
                label={translate('wasl.reset_password.password')}
                value={password}
                onChange={(e) => setPassword(e.target.value)}
                required
                disabled={!token}
              />
              <TextField
                name="confirmation"
                type="password"
                autoComplete="new-password"
                label={translate('wasl.reset_password.confirmation')}
                value={confirmation}
                onChange={(e) => setConfirmation(e.target.value)}
                required
                disabled={!token}
              />
              {outcome?.kind === 'error' && (
                <Alert severity="error" data-testid="reset-error">
                  {outcome.message}
                </Alert>
              )}
              <Button type="submit" variant="contained" disabled={!token || busy}>
                {translate('wasl.reset_password.submit')}
              </Button>
            </>
          )}
        </CardContent>
      </Card>
    </Box>
  );
};
