import { keepServerClock, serverNow } from "../shared/serverClock";
import { lightAt } from "../shared/light";
import { board, openCases } from "./store";

// A case's light is pushed when the case changes, and again when its deadline reminder wakes it;
// between the two, the page reads the case's warning and due instants against the server's clock
// every second, so a row or a marker turns yellow or red when the instant passes, as the server would.

let started = false;

function relight(): void {
  const now = serverNow();
  let changed = false;
  for (const incident of [...openCases()]) {
    const light = lightAt(incident, now);
    if (light !== incident.light) { board.incidents.set(incident.id, { ...incident, light }); changed = true; }
  }
  if (changed) board.revision++;
}

/** Starts the page's light clock once: the server's time asked now and every few seconds it names, the lights read each second. */
export function startLightClock(): void {
  if (started) return;
  started = true;
  keepServerClock();
  window.setInterval(relight, 1000);
}
