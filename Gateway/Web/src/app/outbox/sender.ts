import { shallowRef } from "vue";
import { deliver, type Delivery } from "./delivery";
import { fill, needs } from "./placeholders";
import * as store from "./store";
import type { Queued } from "./store";

/** The commands on the device, oldest first, as the list of waiting and refused commands shows them. */
export const queued = shallowRef<Queued[]>([]);

/** What became of commands sent while this page is open: send() waits on them, and a command queued
 * later fills its placeholders from them. Kept in memory only, gone with the page. */
const outcomes = new Map<string, Delivery>();

const backOff = { first: 2_000, most: 60_000 };
let failures = 0;
let retry: number | undefined;
let running: Promise<void> = Promise.resolve();

export async function refresh(): Promise<void> {
  queued.value = await store.all();
}

/** Sends the waiting commands in order, one at a time, until none is left or the network fails.
 * One tab sends at a time (a Web Lock, where the browser has them), so two open tabs never send the
 * same command side by side. */
export function flush(): Promise<void> {
  running = running.then(() => "locks" in navigator
    ? navigator.locks.request(lockName, { ifAvailable: true }, lock => lock ? sendAll() : awaitTurn())
    : sendAll())
    .catch(() => undefined)
    .then(refresh);
  return running;
}

const lockName = "gridactors.outbox";
let awaitingTurn = false;

/** Another tab holds the outbox. It may have read it for the last time just before this tab's
 * command went in, so this tab sends once the other lets go; the screen is not kept waiting
 * meanwhile, so that a command that names this one's answer (a report's photos) goes in while the
 * other tab can still fill it. */
function awaitTurn(): void {
  if (awaitingTurn) return;
  awaitingTurn = true;
  void navigator.locks.request(lockName, () => { awaitingTurn = false; return sendAll(); })
    .catch(() => undefined)
    .then(refresh);
}

export function outcomeOf(ref: string): Delivery | undefined {
  return outcomes.get(ref);
}

/** The command with the placeholders of every command answered on this page filled in. */
export function withKnownAnswers(command: Queued): Queued {
  let filled = command;
  for (const ref of needs(command.path, command.body)) {
    const outcome = outcomes.get(ref);
    if (outcome?.kind === "sent") filled = { ...filled, ...fill(filled.path, filled.body, ref, outcome.data) };
  }
  return filled;
}

async function sendAll(): Promise<void> {
  window.clearTimeout(retry);
  for (;;) {
    const commands = await store.all();
    const next = commands.find(c => !c.refusal);
    if (!next) return;
    const refused = new Set(commands.filter(c => c.refusal).map(c => c.ref));
    const blocker = [...needs(next.path, next.body)].find(ref => refused.has(ref) || !commands.some(c => c.ref === ref));
    if (blocker !== undefined) {
      // It needs the answer of a refused command (or of one discarded since): it cannot be sent either.
      await store.put({ ...next, refusal: { status: 0, dependsOn: blocker } });
      continue;
    }
    if (!navigator.onLine) return later();
    const delivery = await deliver(next);
    if (delivery.kind === "wait") return later();
    failures = 0;
    outcomes.set(next.ref, delivery);
    if (delivery.kind === "refused")
      await store.put({ ...next, refusal: { status: delivery.status, title: delivery.problem?.title, detail: delivery.problem?.detail, errors: delivery.problem?.errors } });
    else
      await store.answered(next.ref, c => needs(c.path, c.body).has(next.ref) ? { ...c, ...fill(c.path, c.body, next.ref, delivery.data) } : undefined);
  }
}

/** Tries again after a wait that doubles with each failure, up to a minute. */
function later(): void {
  const wait = Math.min(backOff.most, backOff.first * 2 ** failures);
  failures += 1;
  retry = window.setTimeout(() => void flush(), wait);
}
