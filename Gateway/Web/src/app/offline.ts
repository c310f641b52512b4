import { answerField, queued, send, startOutbox } from "./outbox";

/** What makes the app work without a network: the service worker that keeps the shell, and the
 * outbox that sends what waits, now and whenever the network returns. */
export function startOffline(): void {
  if ("serviceWorker" in navigator) void navigator.serviceWorker.register("/app/sw.js", { scope: "/app/" });
  startOutbox();
  // The outbox as the browser tests and the benchmark drive it, with what the screens use and nothing more.
  (window as unknown as { __gridactorsOutbox: unknown }).__gridactorsOutbox = { send, answerField, waiting: () => queued.value.length };
}
