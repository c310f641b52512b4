/** The wall mode (大屏) is asked for by the path /wall or by ?wall=1; ?tour=N tours the area's parts every N seconds. */
export function isWall(at: Location = location): boolean {
  return at.pathname.replace(/\/+$/, "") === "/wall" || new URLSearchParams(at.search).get("wall") === "1";
}

/** The tour's period in seconds, or null for no tour (absent, not a number, or under a second). */
export function tourSeconds(at: Location = location): number | null {
  const value = Number(new URLSearchParams(at.search).get("tour"));
  return Number.isFinite(value) && value >= 1 ? value : null;
}

/** The parts of an area one level down (towns of a district, villages of a town, grids of a village),
 * from the codes of its grids; the tour shows the whole area first, then each part. */
export function tourStops(scope: string, gridCodes: Iterable<string>): string[] {
  const cut = scope.length === 6 ? 9 : scope.length === 9 ? 12 : null;
  const parts = new Set<string>();
  for (const code of gridCodes) if (code.startsWith(scope)) parts.add(cut ? code.slice(0, cut) : code);
  return [scope, ...[...parts].filter(p => p !== scope).sort()];
}
