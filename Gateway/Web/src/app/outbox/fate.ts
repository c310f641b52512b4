import { queued } from "./sender";

/** Refused commands the worker discarded on this page: gone from the outbox, yet never sent. */
const discarded = new Set<string>();

export function markDiscarded(ref: string): void {
  discarded.add(ref);
}

/** What became of commands a screen told the worker were saved for later, as the outbox holds them
 * now: one of them refused (kept, or discarded since), some still waiting, or all of them sent. */
export function fateOf(refs: readonly string[]): "queued" | "sent" | "refused" {
  const kept = queued.value.filter(c => refs.includes(c.ref));
  if (kept.some(c => c.refusal) || refs.some(ref => discarded.has(ref))) return "refused";
  return kept.length ? "queued" : "sent";
}
