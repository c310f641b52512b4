import type { Light } from "../../shared/types";

export const lightColours: Record<Light, string> = { Green: "#2e9e5b", Yellow: "#e6a23c", Red: "#d93026" };
const rank: Record<Light, number> = { Green: 0, Yellow: 1, Red: 2 };

export function worse(a: Light | undefined, b: Light): Light {
  return a && rank[a] >= rank[b] ? a : b;
}

/** The fill of a grid: its worst open case's light, or grey for a grid with none; alerted grids get a dashed purple edge. */
export function gridStyle(light: Light | undefined, alerted: boolean) {
  return {
    color: alerted ? "#7a3cc4" : "#5a6b7d",
    weight: alerted ? 3 : 1,
    dashArray: alerted ? "6 4" : undefined,
    fillColor: light ? lightColours[light] : "#c8d0d8",
    fillOpacity: light ? 0.45 : 0.25,
  };
}
