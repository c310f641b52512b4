import gcoord from "gcoord";

/** The coordinate system of a configured tile server, as the gateway names it. */
export type TileCoordinates = "Wgs84" | "Cgcs2000" | "Gcj02";

/** Moves a WGS 84 [longitude, latitude] onto the tiles' system; the same point when they agree. */
export type Placement = <T extends GeoJSON.GeoJSON | [number, number]>(wgs84: T) => T;

const asIs: Placement = wgs84 => wgs84;

/** The grids and cases are stored in WGS 84. CGCS2000 tiles lie within centimetres of it, so both
 * draw the overlays as they are; GCJ-02 tiles (Chinese commercial maps) are offset by law, by
 * hundreds of metres, so the overlays are shifted onto them by gcoord. */
export function placementFor(system: TileCoordinates | null): Placement {
  if (system !== "Gcj02") return asIs;
  return wgs84 => gcoord.transform(wgs84 as never, gcoord.WGS84, gcoord.GCJ02) as typeof wgs84;
}
