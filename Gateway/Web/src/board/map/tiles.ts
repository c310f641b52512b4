import L from "leaflet";
import { api } from "../../shared/http";
import { placementFor, type Placement, type TileCoordinates } from "./overlayPlacement";

interface BoardTiles { url: string; attribution: string; coordinateSystem: TileCoordinates; maxZoom: number }

/** A tile server is optional and chosen where the gateway runs (GridActors:Board:Tiles): without
 * one the grids are drawn on a plain ground. Answers how to place the overlays on the tiles. */
export async function addConfiguredTiles(map: L.Map): Promise<{ system: TileCoordinates | null; place: Placement }> {
  const { data } = await api<{ tiles: BoardTiles | null }>("/api/v1/board/settings");
  const tiles = data.tiles;
  if (tiles) L.tileLayer(tiles.url, { attribution: tiles.attribution, maxZoom: tiles.maxZoom }).addTo(map);
  return { system: tiles?.coordinateSystem ?? null, place: placementFor(tiles?.coordinateSystem ?? null) };
}
