/**
 * Staff sign in with users-permissions (JWT). The role comes from /api/wasl/session; a 401 from any call
 * (expired or revoked token) ends the session, a 403 does not (the role may simply not see that).
 */
import type { AuthProvider } from 'react-admin';
import { isStaffRole } from '../../cms/constants/roles';
import { httpClient } from './httpClient';
import { API_URL, clearSession, readSession, writeSession } from './session';

type Me = { id: number; username: string; fullNameAr: string | null; role: string };

export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    const auth = await httpClient(`${API_URL}/auth/local`, { method: 'POST', body: JSON.stringify({ identifier: username, password }) })
      .catch(() => Promise.reject(new Error('ra.auth.sign_in_error')));
    const jwt = (auth.json as { jwt: string }).jwt;
        const me = (await httpClient(`${API_URL}/wasl/session`, { headers: new Headers({ Accept: 'application/json', Authorization: `Bearer ${jwt}` }) })).json as Me;
    const role = me.role;
    if (!isStaffRole(role)) {
      clearSession();
      throw new Error('ra.auth.sign_in_error');
    }
    writeSession({ jwt, user: { id: me.id, username: me.username, fullName: me.fullNameAr ?? me.username, role } });
  },
  async logout() {
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
