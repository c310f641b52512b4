import { api } from "../shared/http";
import type { IncidentSummary, Light } from "../shared/types";
import { board, openCases } from "./store";

// A case's light is pushed when the case changes, and again when its deadline reminder wakes it;
// between the two, the page reads the case's warning and due instants against the server's clock
// every second, so a row or a marker turns yellow or red when the instant passes, as the server would.

const rank: Record<Light, number> = { Green: 0, Yellow: 1, Red: 2 };
/** A deferred case's clocks are stopped: its light stays what the server last said. */
const stopped = new Set(["Deferred"]);

/** The light at <paramref name="now"/> from the instants the summary carries: red once the case or
 * its stage is due, yellow once the stage's warning instant has come; never milder than the pushed
 * light, which also knows the case's own warning instant. */
export function lightAt(incident: IncidentSummary, now: number): Light {
  if (stopped.has(incident.status)) return incident.light;
  const reached = (instant?: string | null) => !!instant && Date.parse(instant) <= now;
  const read: Light = reached(incident.dueAt) || reached(incident.stageDueAt) ? "Red" : reached(incident.stageWarnAt) ? "Yellow" : "Green";
  return rank[read] > rank[incident.light] ? read : incident.light;
}

let offset = 0;
let started = false;

/** The server's now, as far as this page knows it. */
export const serverNow = (): number => Date.now() + offset;

async function syncClock(): Promise<number> {
  const sent = Date.now();
  const { data } = await api<{ now: string; syncSeconds: number }>("/api/v1/board/clock");
  const received = Date.now();
  offset = Date.parse(data.now) - (sent + received) / 2;
  return data.syncSeconds;
}

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
  const resync = async () => {
    let seconds = 60;
    try { seconds = await syncClock(); } catch { /* the last offset holds until the next try */ }
    window.setTimeout(() => void resync(), seconds * 1000);
  };
  void resync();
  window.setInterval(relight, 1000);
}
