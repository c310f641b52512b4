import L from "leaflet";
import type { WorkerSummary } from "../../shared/types";

/** The workers' last positions as a map layer of their own, so the board can switch it on and off.
 * A marker is redrawn only when its worker's version changed. */
export class WorkerMarkers {
  readonly layer = L.layerGroup();
  private held = new Map<string, { marker: L.CircleMarker; version: number }>();

  sync(workers: Iterable<WorkerSummary>): void {
    const seen = new Set<string>();
    for (const worker of workers) {
      if (!worker.lastPosition) continue;
      seen.add(worker.id);
      const held = this.held.get(worker.id);
      if (held?.version === worker.version) continue;
      if (held) this.layer.removeLayer(held.marker);
      const marker = L.circleMarker([worker.lastPosition.latitude, worker.lastPosition.longitude], {
        radius: 6, weight: 2, color: "#fff", fillOpacity: 1, fillColor: worker.offline ? "#7a8796" : "#1f6fd1", className: `worker-marker worker-${worker.id}`,
      }).bindTooltip(worker.name);
      this.layer.addLayer(marker);
      this.held.set(worker.id, { marker, version: worker.version });
    }
    for (const [id, held] of this.held)
      if (!seen.has(id)) { this.layer.removeLayer(held.marker); this.held.delete(id); }
  }
}
