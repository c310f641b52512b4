import { loadSession } from "./session";

/** An answer that is not 2xx, with the RFC 9457 problem the gateway sent. */
export class ApiError extends Error {
  constructor(public status: number, public problem: { title?: string; detail?: string; errors?: Record<string, string[]> } | null) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
  }
}

export interface Answer<T> { data: T; version?: number }

/** The session's bearer token as a header, for reads api() does not parse (a photo's bytes). */
export function authorization(): Record<string, string> {
  const session = loadSession();
  return session ? { authorization: `Bearer ${session.accessToken}` } : {};
}

/** Calls the gateway with the session's token; <c>version</c> becomes If-Match, the case's ETag comes back as version. */
export async function api<T>(path: string, init: { method?: string; body?: unknown; version?: number } = {}): Promise<Answer<T>> {
  const headers: Record<string, string> = authorization();
  if (init.body !== undefined) headers["content-type"] = "application/json";
  if (init.version !== undefined) headers["if-match"] = `"${init.version}"`;
  const response = await fetch(path, { method: init.method ?? "GET", headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
  const text = await response.text();
  const data = text ? JSON.parse(text) : null;
  if (!response.ok) throw new ApiError(response.status, data);
  const etag = response.headers.get("etag");
  return { data: data as T, version: etag ? Number(etag.replace(/[W/"]/g, "")) : undefined };
}
