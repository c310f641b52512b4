import { api, ApiError } from "./http";
import { claimsOf, clearSession, loadSession, saveSession, type Session } from "./session";

interface TokenAnswer { accessToken: string; refreshToken: string; expiresIn: number }
export interface Me { login: string; displayName: string; role: string; scope: string; workerId?: string | null }

const refreshAhead = 60_000;
const refreshRetry = 15_000;
let refreshTimer: number | undefined;

function store(answer: TokenAnswer): Session {
  const session = { accessToken: answer.accessToken, refreshToken: answer.refreshToken, expiresAt: Date.now() + answer.expiresIn * 1000 };
  saveSession(session);
  scheduleRefresh(session);
  return session;
}

export async function signIn(login: string, password: string): Promise<Session> {
  const { data } = await api<TokenAnswer>("/api/v1/auth/token", { method: "POST", body: { login, password } });
  return store(data);
}

/** Renews the access token a minute before it expires, so a board left open stays signed in. Without
 * a network it tries again, keeping the session (a worker's phone may be offline for hours, its
 * outbox waiting on it); only the gateway's refusal of the refresh token ends it. */
export function scheduleRefresh(session: Session, wait = Math.max(0, session.expiresAt - Date.now() - refreshAhead)): void {
  window.clearTimeout(refreshTimer);
  if (!session.refreshToken) return;
  refreshTimer = window.setTimeout(async () => {
    try {
      const { data } = await api<TokenAnswer>("/api/v1/auth/refresh", { method: "POST", body: { refreshToken: session.refreshToken } });
      store(data);
    } catch (error) {
      if (error instanceof ApiError && error.status < 500) signOutLocally();
      else scheduleRefresh(session, refreshRetry);
    }
  }, wait);
}

export function signOutLocally(): void {
  window.clearTimeout(refreshTimer);
  clearSession();
  window.location.reload();
}

/** Asks whether the session still stands (after the hub closed the connection, say) and signs
 * out here when the gateway no longer knows it: a disabled or changed account lands on sign-in. */
export async function checkSignedIn(): Promise<void> {
  try {
    await api("/api/v1/auth/me");
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) signOutLocally();
  }
}

export async function signOut(): Promise<void> {
  const session = loadSession();
  if (session?.refreshToken) await api("/api/v1/auth/signout", { method: "POST", body: { refreshToken: session.refreshToken } }).catch(() => undefined);
  signOutLocally();
}

/** Who is signed in: the accounts route when it answers, else the token's own claims. */
export async function whoAmI(session: Session): Promise<Me> {
  try {
    return (await api<Me>("/api/v1/auth/me")).data;
  } catch {
    const claims = claimsOf(session.accessToken);
    // No answer (offline): what the token says. A worker's subject is their worker id, which the app needs offline too.
    return { login: claims.sub, displayName: claims.sub, role: claims.role, scope: claims.scope, workerId: claims.role === "Worker" ? claims.sub : null };
  }
}
