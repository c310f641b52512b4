import type { Refusal } from "./store";

/** What the worker can do about a refused command, as a message key of the outbox list. */
export function adviceFor(refusal: Refusal): string {
  if (refusal.dependsOn !== undefined) return "outbox.advice.dependent";
  switch (refusal.status) {
    case 409: return "outbox.advice.conflict";
    case 412: return "outbox.advice.stale";
    case 403: return "outbox.advice.forbidden";
    case 404: return "outbox.advice.missing";
    case 413: return "outbox.advice.tooLarge";
    case 415: return "outbox.advice.notAPhoto";
    default: return "outbox.advice.invalid";
  }
}
