import type { GeoPoint, IncidentSummary, WorkerSummary } from "../../shared/types";

/** Kilometres between two points on the sphere (haversine); enough to rank workers by distance. */
export function kilometres(a: GeoPoint, b: GeoPoint): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad, dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
}

export interface Candidate { worker: WorkerSummary; km: number | null }

/** The case's grid's workers first, then by load and distance, as the dispatcher would weigh them. */
export function candidatesFor(incident: IncidentSummary, workers: Iterable<WorkerSummary>): Candidate[] {
  return [...workers]
    .filter(w => w.grids.includes(incident.gridCode))
    .map(worker => ({ worker, km: incident.location && worker.lastPosition ? kilometres(incident.location, worker.lastPosition) : null }))
    .sort((a, b) => a.worker.load - b.worker.load || (a.km ?? 1e9) - (b.km ?? 1e9) || a.worker.id.localeCompare(b.worker.id));
}
