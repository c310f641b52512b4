// A signed-in session lives in sessionStorage: one tab, gone when the tab closes.
export interface Session { accessToken: string; refreshToken?: string; expiresAt: number }

const key = "gridactors.session";

export function loadSession(): Session | null {
  const text = sessionStorage.getItem(key);
  return text ? (JSON.parse(text) as Session) : null;
}

export function saveSession(session: Session): void {
  sessionStorage.setItem(key, JSON.stringify(session));
}

export function clearSession(): void {
  sessionStorage.removeItem(key);
}

/** The token's claims (sub, role, scope), read without verifying: the server verifies every request. */
export function claimsOf(token: string): { sub: string; role: string; scope: string; exp?: number } {
  const part = token.split(".")[1].replace(/-/g, "+").replace(/_/g, "/");
  const bytes = Uint8Array.from(atob(part), c => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes));
}
