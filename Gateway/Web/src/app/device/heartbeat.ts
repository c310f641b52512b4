import { api } from "../../shared/http";
import { fix, onPosition } from "./position";

const everyMs = 60_000;

/** The app's sign of life with the phone's position, once a minute while it is open (and at the first
 * position), so the platform's silence rules act on real presence. A lost beat is not worth queuing:
 * the next one says the same. */
export function keepHeartbeat(workerId: string): void {
  const beat = () => {
    if (!fix.value) return;
    const { latitude, longitude } = fix.value;
    void api(`/api/v1/workers/${encodeURIComponent(workerId)}/heartbeat`, { method: "POST", body: { latitude, longitude } }).catch(() => undefined);
  };
  const first = onPosition(() => { first(); beat(); });
  window.setInterval(beat, everyMs);
}
