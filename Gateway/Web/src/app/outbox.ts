import { ApiError } from "../shared/http";
import { markDiscarded } from "./outbox/fate";
import { flush, outcomeOf, queued, refresh, withKnownAnswers } from "./outbox/sender";
import * as store from "./outbox/store";

export { queued };

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

/** How long a screen waits for the answer before it is told "queued": on a weak signal a send can
 * take long (a photo on a slow uplink), and the worker should not wait on it. */
const answerWait = 8_000;

/** Puts the command in the outbox (IndexedDB) with its Idempotency-Key, then sends what waits, in
 * order. Answered within answerWait: "sent" with the answer. No network, a 5xx or no answer yet:
 * "queued", sent later. Refused within answerWait: throws ApiError with the problem, and it leaves the
 * outbox, as the worker sees it at once; refused later, it stays in the outbox's list. */
export async function send(command: Command): Promise<Outcome> {
  const ref = crypto.randomUUID();
  // A JSON body is kept as the JSON it will be sent as: a screen's reactive objects cannot be stored.
  const body = command.body === undefined || command.body instanceof Blob ? command.body : JSON.parse(JSON.stringify(command.body));
  await store.add(() => withKnownAnswers({ ...command, body, ref, queuedAt: Date.now() }));
  await Promise.race([flush(), new Promise(done => window.setTimeout(done, answerWait))]);
  const outcome = outcomeOf(ref);
  if (outcome?.kind === "sent") return { state: "sent", ref, status: outcome.status, data: outcome.data, version: outcome.version };
  if (outcome?.kind === "refused") {
    await discard(ref);
    throw new ApiError(outcome.status, outcome.problem);
  }
  // The list the screens follow holds it from now on, though the send still running may not be done.
  await refresh();
  return { state: "queued", ref };
}

/** Drops a refused command from the device; what needed its answer is refused with it when next sent. */
export async function discard(ref: string): Promise<void> {
  await store.remove(ref);
  markDiscarded(ref);
  await refresh();
}

/** Sends what the outbox holds now, when the browser is back online, and on a timer after a failure. */
export function startOutbox(): void {
  window.addEventListener("online", () => void flush());
  void flush();
}
