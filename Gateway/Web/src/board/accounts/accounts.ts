import { api, ApiError } from "../../shared/http";

export const roles = ["Operator", "Supervisor", "Worker", "Department", "Admin", "PlatformAdmin"] as const;
export type AccountRole = (typeof roles)[number];

export interface Account { login: string; displayName: string; role: AccountRole; scope?: string | null; workerId?: string | null; enabled: boolean; version: number }

/** What the form edits; an empty password on a change keeps the account's password. */
export interface AccountFields { login: string; displayName: string; role: AccountRole; scope: string; workerId: string; enabled: boolean; password: string }

const base = "/api/v1/accounts";
const path = (login: string) => `${base}/${encodeURIComponent(login)}`;
const orNull = (text: string) => (text.trim() ? text.trim() : null);

export async function listAccounts(): Promise<Account[]> {
  return (await api<Account[]>(base)).data;
}

/** One account with its ETag as version, the one a change or delete must match. */
export async function getAccount(login: string): Promise<Account> {
  const { data, version } = await api<Account>(path(login));
  return { ...data, version: version ?? data.version };
}

export async function createAccount(f: AccountFields): Promise<void> {
  await api(base, {
    method: "POST",
    body: { login: f.login.trim(), displayName: f.displayName, role: f.role, scope: orNull(f.scope), workerId: f.role === "Worker" ? orNull(f.workerId) : null, enabled: f.enabled, password: f.password },
  });
}

/** Sent with If-Match of the version the admin saw, so a change made meanwhile is refused (412), not overwritten. */
export async function changeAccount(account: Account, f: AccountFields): Promise<void> {
  await api(path(account.login), {
    method: "PUT",
    version: account.version,
    body: { displayName: f.displayName, role: f.role, scope: orNull(f.scope), workerId: f.role === "Worker" ? orNull(f.workerId) : null, enabled: f.enabled, password: f.password || null },
  });
}

export async function deleteAccount(account: Account): Promise<void> {
  await api(path(account.login), { method: "DELETE", version: account.version });
}

/** The problem's field errors by field name (camelCase, as the gateway names them), first reason each. */
export function fieldErrors(error: unknown): Record<string, string> {
  const errors = error instanceof ApiError ? error.problem?.errors ?? {} : {};
  return Object.fromEntries(Object.entries(errors).map(([field, reasons]) => [field.replace(/^\$\./, ""), reasons[0]]));
}
