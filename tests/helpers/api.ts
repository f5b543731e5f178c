/** Talks to the test Strapi over real HTTP, as a given staff role. */
import { DEMO_USERS } from '../../cms/seed/demo';
import type { StaffRole } from '../../cms/constants/roles';
import { readTestServer } from './server-env';

export type Reply<T = unknown> = { status: number; headers: Headers; body: T };

type Options = {
  token?: string;
  body?: unknown;
  query?: Record<string, unknown>;
  rawBody?: string;
  headers?: Record<string, string>;
};

export const baseUrl = (): string => readTestServer().baseUrl;

/** The demo staff password of this run (global-setup generates it; P1: no fixed password anywhere). */
export const demoPassword = (): string => readTestServer().demoPassword;

const encodeQuery = (query: Record<string, unknown> = {}) => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    params.set(key, typeof value === 'string' ? value : JSON.stringify(value));
  const text = params.toString();
  return text ? `?${text}` : '';
};

const isStaleSocket = (error: unknown): boolean => {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  // By name, not instanceof: fetch's TypeError comes from Node's realm, not the test's.
  const name = (error as { name?: string } | undefined)?.name;
  return name === 'TypeError' && cause?.code === 'UND_ERR_SOCKET' && /other side closed/.test(cause.message ?? '');
};

export const http = async <T = unknown>(method: string, path: string, options: Options = {}): Promise<Reply<T>> => {
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  let body: string | undefined = options.rawBody;
  if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  const url = `${baseUrl()}${path}${encodeQuery(options.query)}`;
  const res = await fetch(url, { method, headers, body }).catch((error: unknown) => {
    // The server closes a keep-alive socket after 5 idle seconds; a request sent on it at that moment never
    // reached the server ("other side closed"), so it is sent once more on a new connection.
    if (!isStaleSocket(error)) throw error;
    return fetch(url, { method, headers, body });
  });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, headers: res.headers, body: parsed as T };
};

const tokens = new Map<string, { jwt: string; at: number }>();
// Access tokens live JWT_ACCESS_TTL (15 min by default): a long test file signs in again before that.
const TOKEN_REUSE_MS = 10 * 60_000;

/** Logs in as a demo user (users-permissions access token), once per test file and ten minutes. */
export const loginAsUser = async (username: string): Promise<string> => {
  const cached = tokens.get(username);
  if (cached && Date.now() - cached.at < TOKEN_REUSE_MS) return cached.jwt;
  const res = await http<{ jwt?: string }>('POST', '/api/auth/local', {
    body: { identifier: username, password: demoPassword() },
  });
  if (res.status !== 200 || !res.body.jwt) throw new Error(`login as ${username} failed: ${res.status}`);
  tokens.set(username, { jwt: res.body.jwt, at: Date.now() });
  return res.body.jwt;
};

/** Logs in as the (first) demo user of a role. */
export const loginAs = async (role: StaffRole): Promise<string> => {
  const user = DEMO_USERS.find((u) => u.role === role);
  if (!user) throw new Error(`no demo user for ${role}`);
  return loginAsUser(user.username);
};

export type ErrorBody = {
  data: null;
  error: {
    status: number;
    name: string;
    message: string;
    details: {
      code: string;
      messageAr: string;
      messageEn: string;
      errors: { field: string; code: string; messageAr: string; messageEn: string }[];
    };
  };
};
