import { startOutbox } from "./outbox";

/** What makes the app work without a network: the service worker that keeps the shell, and the
 * outbox that sends what waits, now and whenever the network returns. */
export function startOffline(): void {
  if ("serviceWorker" in navigator) void navigator.serviceWorker.register("/app/sw.js", { scope: "/app/" });
  startOutbox();
}
