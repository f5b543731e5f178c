/** The signed-in staff member, kept in localStorage so a reload keeps the session until the JWT expires. */
import { isStaffRole, type StaffRole } from '../../cms/constants/roles';

const KEY = 'wasl-session';

export type Session = { jwt: string; user: { id: number; username: string; fullName: string; role: StaffRole } };

export const readSession = (): Session | null => {
  try {
    const parsed = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Session | null;
    return parsed && typeof parsed.jwt === 'string' && isStaffRole(parsed.user?.role) ? parsed : null;
  } catch {
    return null;
  }
};

export const writeSession = (session: Session): void => localStorage.setItem(KEY, JSON.stringify(session));
export const clearSession = (): void => localStorage.removeItem(KEY);
export const API_URL = '/api';
