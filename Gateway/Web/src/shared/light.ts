import type { IncidentSummary, Light } from "./types";

const rank: Record<Light, number> = { Green: 0, Yellow: 1, Red: 2 };
/** A deferred case's clocks are stopped: its light stays what the server last said. */
const stopped = new Set(["Deferred"]);

/** The light at <paramref name="now"/> from the instants the summary carries: red once the case or
 * its stage is due, yellow once the stage's warning instant has come; never milder than the pushed
 * light, which also knows the case's own warning instant. */
export function lightAt(incident: Pick<IncidentSummary, "status" | "light" | "dueAt" | "stageDueAt" | "stageWarnAt">, now: number): Light {
  if (stopped.has(incident.status)) return incident.light;
  const reached = (instant?: string | null) => !!instant && Date.parse(instant) <= now;
  const read: Light = reached(incident.dueAt) || reached(incident.stageDueAt) ? "Red" : reached(incident.stageWarnAt) ? "Yellow" : "Green";
  return rank[read] > rank[incident.light] ? read : incident.light;
}
