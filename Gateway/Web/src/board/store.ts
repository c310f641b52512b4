import { reactive, shallowReactive, toRaw } from "vue";
import type { Alert, AreaBoard, AreaChanges, AreaCounts, IncidentSummary, WorkerSummary } from "../shared/types";

export type ConnectionState = "connecting" | "connected" | "reconnecting" | "reconnected" | "disconnected";

const openStatuses = new Set(["Reported", "Filed", "Dispatched", "Accepted", "Returned", "Resolved", "Reworked", "Verified", "Deferred"]);

/** What the board shows of its area. Every change is applied only when its version is newer than
 * the one held, so a push and a catch-up that carry the same change show it once. */
export const board = reactive({
  code: "",
  incidents: shallowReactive(new Map<string, IncidentSummary>()),
  workers: shallowReactive(new Map<string, WorkerSummary>()),
  alerts: shallowReactive(new Map<string, Alert>()),
  counts: null as AreaCounts | null,
  watermark: "",
  connection: "connecting" as ConnectionState,
  /** Bumped on every applied batch, so views that derive from the maps recompute once per frame. */
  revision: 0,
});

/** The open cases, for a view that derives from all of them: tracked once, by the board's revision
 * (bumped on every applied batch), instead of a reactive look-up per case on every frame. */
export function openCases(): MapIterator<IncidentSummary> {
  void board.revision;
  return toRaw(board.incidents).values();
}

/** When this page saw each case close (the server keeps no history to ask yet): what the trend chart counts. */
export const closures = shallowReactive(new Map<string, number>());

export function applyIncident(incident: IncidentSummary): void {
  const held = board.incidents.get(incident.id);
  if (held && held.version >= incident.version) return;
  if (incident.status === "Closed" && !closures.has(incident.id)) closures.set(incident.id, Date.now());
  if (openStatuses.has(incident.status)) board.incidents.set(incident.id, incident);
  else board.incidents.delete(incident.id);
}

export function applyWorker(worker: WorkerSummary): void {
  const held = board.workers.get(worker.id);
  if (!held || held.version < worker.version) board.workers.set(worker.id, worker);
}

export function applyAlert(alert: Alert): void {
  if (alert.clearedAt) board.alerts.delete(alert.id);
  else board.alerts.set(alert.id, alert);
}

function replaceAlerts(alerts: Alert[]): void {
  board.alerts.clear();
  alerts.forEach(applyAlert);
}

/** A snapshot is the changes since nothing: what the board held before is dropped first. */
export function applySnapshot(snapshot: AreaBoard): void {
  board.code = snapshot.code;
  board.incidents.clear();
  board.workers.clear();
  applyChanges({ ...snapshot, incidents: snapshot.open, reset: false });
  snapshot.earlyWarnings?.forEach(applyAlert);
}

export function applyChanges(changes: AreaChanges): void {
  changes.incidents.forEach(applyIncident);
  changes.workers.forEach(applyWorker);
  replaceAlerts(changes.alerts);
  board.counts = changes.counts;
  board.watermark = changes.watermark;
  board.revision++;
}

/** A watermark is "epoch-sequence"; a new epoch means the area restarted and its changes before are gone. */
export function epochOf(watermark: string): string {
  return watermark.slice(0, watermark.lastIndexOf("-"));
}
