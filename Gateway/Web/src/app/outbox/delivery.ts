import { loadSession } from "../../shared/session";
import type { Queued } from "./store";

/** What one try to send a command came to: answered, refused for good, or to be tried again later. */
export type Delivery =
  | { kind: "sent"; status: number; data: unknown; version?: number }
  | { kind: "refused"; status: number; problem: Problem | null }
  | { kind: "wait" };

/** The RFC 9457 problem of a refusal, with the fields it names. */
export interface Problem { title?: string; detail?: string; errors?: Record<string, string[]> }

/** Answers that no retry can change: the command is kept, shown and never sent again. */
const refusals = new Set([400, 403, 404, 409, 412, 413, 415, 422]);

/** A try that hears nothing back in this time is given up and tried again later (photos take longer). */
const limit = { json: 30_000, photo: 120_000 };

/** Sends a command once, with its fixed Idempotency-Key and the session's token as it is now. A lost
 * network, a 5xx or a missing session leaves it to be tried again. */
export async function deliver(command: Queued): Promise<Delivery> {
  const session = loadSession();
  if (!session) return { kind: "wait" };
  const raw = command.body instanceof Blob;
  const headers: Record<string, string> = { "idempotency-key": command.ref, authorization: `Bearer ${session.accessToken}` };
  if (command.version !== undefined) headers["if-match"] = `"${command.version}"`;
  if (command.body !== undefined && !raw) headers["content-type"] = "application/json";
  let response: Response;
  let text: string;
  try {
    response = await fetch(command.path, {
      method: command.method,
      headers,
      body: command.body === undefined ? undefined : raw ? (command.body as Blob) : JSON.stringify(command.body),
      signal: AbortSignal.timeout(raw ? limit.photo : limit.json),
    });
    text = await response.text();
  } catch {
    return { kind: "wait" };
  }
  const data = parse(text);
  if (response.ok) {
    const etag = response.headers.get("etag");
    return { kind: "sent", status: response.status, data, version: etag ? Number(etag.replace(/[W/"]/g, "")) : undefined };
  }
  if (refusals.has(response.status)) return { kind: "refused", status: response.status, problem: data as Problem | null };
  return { kind: "wait" };
}

function parse(text: string): unknown {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}
