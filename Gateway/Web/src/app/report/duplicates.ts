import { api } from "../../shared/http";
import type { GeoPoint } from "../../shared/types";

/** An open case of the same category near a point, as the duplicates route tells a reporter of it:
 * one the reporter may not read comes without id, title or status. */
export type NearbyCase = { category: string; reportedAt: string; distanceMetres: number } &
  ({ readable: true; id: string; title: string; status: string } | { readable: false; id: null; title: null; status: null });

/** The open cases a report here would likely duplicate (the platform's duplicate rule), before it is sent. */
export async function likelyDuplicates(point: GeoPoint, category: string): Promise<NearbyCase[] | null> {
  const query = `lat=${point.latitude}&lon=${point.longitude}&category=${encodeURIComponent(category)}`;
  return api<NearbyCase[]>(`/api/v1/incidents/likely-duplicates?${query}`).then(r => r.data).catch(() => null);
}
