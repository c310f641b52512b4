import L from "leaflet";

// A tile server is optional: without one the grids are drawn on a plain ground. Set at build time:
// VITE_TILE_URL (a URL template) and VITE_TILE_ATTRIBUTION.
export function addConfiguredTiles(map: L.Map): void {
  const url = import.meta.env.VITE_TILE_URL as string | undefined;
  if (url) L.tileLayer(url, { attribution: (import.meta.env.VITE_TILE_ATTRIBUTION as string | undefined) ?? "" }).addTo(map);
}
