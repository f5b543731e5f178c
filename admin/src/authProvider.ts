/**
 * Staff sign in with users-permissions in refresh mode: an access token and a refresh token. The role
 * comes from /api/wasl/session. httpClient renews the access token; a 401 that survives the renewal
 * (session revoked: password changed, account blocked, role changed, signed out elsewhere) ends the
 * session here. A 403 does not (the role may simply not see that). Sign-out revokes the session on
 * the server, not only in this browser.
 */
import { HttpError, type AuthProvider } from 'react-admin';
import { isStaffRole } from '../../cms/constants/roles';
import { anonymousClient, httpClient } from './httpClient';
import { API_URL, clearSession, readSession, writeSession } from './session';

type Me = { id: number; username: string; fullNameAr: string | null; role: string };

// A locked account (423) or an IP past its ceiling (429) says so, in the user's language; any other refusal stays generic.
const signInRefusal = (error: unknown) =>
  error instanceof HttpError && [423, 429].includes(error.status) ? error : new Error('ra.auth.sign_in_error');

export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    clearSession();
    const auth = await anonymousClient(`${API_URL}/auth/local`, {
      method: 'POST',
      body: JSON.stringify({ identifier: username, password }),
    }).catch((error: unknown) => Promise.reject(signInRefusal(error)));
    const { jwt, refreshToken } = auth.json as { jwt: string; refreshToken: string };
    const me = (
      await anonymousClient(`${API_URL}/wasl/session`, {
        headers: new Headers({ Accept: 'application/json', Authorization: `Bearer ${jwt}` }),
      })
    ).json as Me;
    const role = me.role;
    if (!isStaffRole(role)) throw new Error('ra.auth.sign_in_error');
    writeSession({
      jwt,
      refreshToken,
      user: { id: me.id, username: me.username, fullName: me.fullNameAr ?? me.username, role },
    });
  },
  async logout() {
    const session = readSession();
    if (session) {
      await httpClient(`${API_URL}/auth/logout`, {
        method: 'POST',
        body: JSON.stringify({ refreshToken: session.refreshToken }),
      }).catch(() => undefined);
    }
    clearSession();
  },
  async checkAuth() {
    if (!readSession()) throw new Error('ra.auth.auth_check_error');
  },
  async checkError(error: { status?: number }) {
    if (error?.status === 401) {
      clearSession();
      throw new Error('ra.notification.logged_out');
    }
  },
  async getIdentity() {
    const session = readSession();
    if (!session) throw new Error('ra.auth.auth_check_error');
    return { id: session.user.id, fullName: session.user.fullName };
  },
  async getPermissions() {
    return readSession()?.user.role ?? null;
  },
};
