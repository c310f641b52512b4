import { loadSession } from "../shared/session";
import { ApiError } from "../shared/http";

/** A command the worker gives: everything the app changes on the server goes through send(). */
export interface Command {
  /** What the worker sees for it in the list of commands waiting or refused, e.g. "接受 案件 …". */
  label: string;
  method: "POST" | "PUT" | "DELETE";
  path: string;
  /** A JSON body, or the raw bytes of a photo. */
  body?: unknown;
  /** The case or entry version the command was given against, sent as If-Match. */
  version?: number;
}

/** Sent: the gateway's answer. Queued: kept on the device and sent, in order, when the network returns. */
export type Outcome =
  | { state: "sent"; ref: string; status: number; data: unknown; version?: number }
  | { state: "queued"; ref: string };

/** A field of a command's answer, for the path of a command that follows it (a report's case id for
 * its photos, a patrol's id for its route): the value when the answer is here, else a placeholder
 * "{ref.name}" that the outbox fills in when the first command has been answered. */
export function answerField(outcome: Outcome, name: string): string {
  if (outcome.state === "sent") return String((outcome.data as Record<string, unknown>)[name]);
  return `{${outcome.ref}.${name}}`;
}

/** Sends a command now with a fresh Idempotency-Key. A refusal throws ApiError with the problem. */
export async function send(command: Command): Promise<Outcome> {
  const ref = crypto.randomUUID();
  const headers: Record<string, string> = { "idempotency-key": ref };
  const session = loadSession();
  if (session) headers.authorization = `Bearer ${session.accessToken}`;
  if (command.version !== undefined) headers["if-match"] = `"${command.version}"`;
  const raw = command.body instanceof Blob;
  if (command.body !== undefined && !raw) headers["content-type"] = "application/json";
  const response = await fetch(command.path, {
    method: command.method,
    headers,
    body: command.body === undefined ? undefined : raw ? (command.body as Blob) : JSON.stringify(command.body),
  });
  const text = await response.text();
  const data = text ? JSON.parse(text) : null;
  if (!response.ok) throw new ApiError(response.status, data);
  const etag = response.headers.get("etag");
  return { state: "sent", ref, status: response.status, data, version: etag ? Number(etag.replace(/[W/"]/g, "")) : undefined };
}
