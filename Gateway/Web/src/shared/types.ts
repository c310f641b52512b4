// The gateway's JSON shapes, as far as the board reads them (camelCase, enums as names).
export type Light = "Green" | "Yellow" | "Red";
export interface GeoPoint { latitude: number; longitude: number }

export interface IncidentSummary {
  id: string; version: number; status: string; category: string; urgency: string; title: string;
  gridCode: string; level?: string | null; handler?: string | null; reportedAt: string;
  dueAt?: string | null; stageDueAt?: string | null; stageWarnAt?: string | null; light: Light;
  location?: GeoPoint | null; likelyDuplicateOf?: string[] | null; mergedInto?: string | null;
}

export interface WorkerSummary {
  id: string; version: number; name: string; kind: string; grids: string[]; duty: string;
  lastPosition?: GeoPoint | null; lastSeenAt?: string | null; load: number; offline: boolean;
}

export interface AreaCounts {
  open: number; overdue: number; byStatus: Record<string, number>; closed: number; rejected: number;
  byLevel: Record<string, number>; upperLevelShare?: number | null; merged: number;
}

export interface Alert {
  id: string; gridCode: string; kind: string; raisedAt: string; clearedAt?: string | null; text: string;
  acknowledgedBy?: string | null; acknowledgedAt?: string | null;
}

export interface AreaBoard {
  code: string; open: IncidentSummary[]; workers: WorkerSummary[]; counts: AreaCounts; watermark: string; alerts: Alert[];
  // The area's open early warnings (预警), shown beside the grids' alerts; they have no grid.
  earlyWarnings?: Alert[];
}

export interface AreaChanges {
  watermark: string; reset: boolean; incidents: IncidentSummary[]; workers: WorkerSummary[]; counts: AreaCounts; alerts: Alert[];
}

export interface CountsChanged { area: string; counts: AreaCounts; watermark: string }

export interface Actor { id: string; role: string; scope: string }

export interface IncidentEvent {
  version: number; kind: string; by: Actor; at: string; status: string; level?: string | null; handler?: string | null; text?: string | null;
}

export interface IncidentView extends IncidentSummary {
  source: string; description?: string | null; areaPath: string[]; address?: string | null;
  supervisionCount: number; history: IncidentEvent[]; deadlineWarnings?: string[] | null;
}
