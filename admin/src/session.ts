/**
 * The signed-in staff member, kept in localStorage so a reload keeps the session: a short access token
 * (JWT_ACCESS_TTL) and the refresh token that renews it for the work day (users-permissions' refresh
 * mode). A session without a refresh token (written by an older console) counts as signed out.
 */
import { isStaffRole, type StaffRole } from '../../cms/constants/roles';

const KEY = 'wasl-session';

export type Session = {
  jwt: string;
  refreshToken: string;
  user: { id: number; username: string; fullName: string; role: StaffRole };
};

export const readSession = (): Session | null => {
  try {
    const parsed = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Session | null;
    return parsed &&
      typeof parsed.jwt === 'string' &&
      typeof parsed.refreshToken === 'string' &&
      isStaffRole(parsed.user?.role)
      ? parsed
      : null;
  } catch {
    return null;
  }
};

export const writeSession = (session: Session): void => localStorage.setItem(KEY, JSON.stringify(session));
export const clearSession = (): void => localStorage.removeItem(KEY);
export const API_URL = '/api';

/** Seconds until the access token expires, from its `exp` claim (read only, never trusted for access). */
export const secondsLeft = (jwt: string, now = Date.now()): number => {
  try {
    const payload = JSON.parse(atob(jwt.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))) as { exp?: number };
    return typeof payload.exp === 'number' ? payload.exp - now / 1000 : 0;
  } catch {
    return 0;
  }
};
