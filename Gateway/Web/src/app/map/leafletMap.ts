import L from "leaflet";
import "leaflet/dist/leaflet.css";
import { placementFor } from "../../board/map/overlayPlacement";
import { addConfiguredTiles } from "../../board/map/tiles";
import type { GeoPoint } from "../../shared/types";

export interface MiniMapHandle { moveTo(point: GeoPoint): void; remove(): void }

/** A small map around one point: a case's place, or a report's pin the worker may drag. Loaded
 * only when a screen shows a map, so the app's first load does not carry Leaflet. */
export async function drawMiniMap(element: HTMLElement, point: GeoPoint, onDrag?: (point: GeoPoint) => void): Promise<MiniMapHandle> {
  const map = L.map(element, { zoomControl: false, attributionControl: true }).setView([point.latitude, point.longitude], 17);
  const { place } = await addConfiguredTiles(map).catch(() => ({ place: placementFor(null) }));
  const icon = L.divIcon({ className: "pin", html: "<span></span>", iconSize: [24, 24], iconAnchor: [12, 24] });
  const at = (p: GeoPoint) => place([p.longitude, p.latitude] as [number, number]);
  let shown = point;
  const [lon, lat] = at(point);
  const marker = L.marker([lat, lon], { icon, draggable: !!onDrag }).addTo(map);
  if (onDrag) marker.on("dragend", () => {
    // The pin is drawn on the tiles' system: the drag is read back as a move from where it was.
    const moved = marker.getLatLng();
    const [x, y] = at(shown);
    shown = { latitude: shown.latitude + moved.lat - y, longitude: shown.longitude + moved.lng - x };
    onDrag(shown);
  });
  return {
    moveTo(next) {
      shown = next;
      const [x, y] = at(next);
      marker.setLatLng([y, x]);
      map.panTo([y, x]);
    },
    remove: () => map.remove(),
  };
}
