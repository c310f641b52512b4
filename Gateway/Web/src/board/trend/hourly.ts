import type { IncidentSummary, Light } from "../../shared/types";

const hour = 3_600_000;
export const lights: Light[] = ["Green", "Yellow", "Red"];

/** The last 24 hours in hourly buckets, the current hour last: open cases by the hour they were
 * reported, split by their light now, and the closures seen in each hour. */
export interface HourlyTrend { starts: number[]; reports: Record<Light, number[]>; closures: number[] }

export function hourlyTrend(open: Iterable<IncidentSummary>, closedAt: Iterable<number>, now: number): HourlyTrend {
  const current = Math.floor(now / hour) * hour;
  const starts = Array.from({ length: 24 }, (_, i) => current - (23 - i) * hour);
  const bucket = (at: number) => 23 - (current - Math.floor(at / hour) * hour) / hour;
  const reports: Record<Light, number[]> = { Green: Array(24).fill(0), Yellow: Array(24).fill(0), Red: Array(24).fill(0) };
  const closures: number[] = Array(24).fill(0);
  for (const incident of open) {
    const i = bucket(Date.parse(incident.reportedAt));
    if (i >= 0 && i < 24) reports[incident.light][i]++;
  }
  for (const at of closedAt) {
    const i = bucket(at);
    if (i >= 0 && i < 24) closures[i]++;
  }
  return { starts, reports, closures };
}
