// The gateway's JSON shapes the worker app reads (camelCase, enums as names).
import type { GeoPoint, Light } from "../shared/types";

/** A case in one of the worker's lists. */
export interface CaseItem {
  id: string; version: number; status: string; light: Light; category: string; urgency: string; title: string;
  gridCode: string; handler?: string | null; reportedAt?: string; dueAt?: string | null; stageDueAt?: string | null;
  stageWarnAt?: string | null; location?: GeoPoint | null;
}

export interface OfferItem { case: CaseItem; acceptBy?: string | null }

export interface WorkerCases {
  offers: { items: OfferItem[]; total: number };
  accepted: { items: CaseItem[]; total: number };
  toVerify: { items: CaseItem[]; total: number };
}

/** What the worker hub pushes as assignmentOffered. */
export interface Assignment { incidentId: string; version: number; title: string; category: string; urgency: string; gridCode: string; dueAt?: string | null }

export interface RouteSample { latitude: number; longitude: number; at: string }

export interface PatrolView { id: string; gridCode: string; workerId: string; startedAt: string; stoppedAt?: string | null; route: RouteSample[]; coverage?: number | null }

/** A person on the grid's registers: held in a component's memory only, never stored on the device. */
export interface RegisterEntry {
  id: string; kind: "KeyPerson" | "VulnerablePerson"; name: string; address: string; note?: string | null;
  visitEveryDays: number; lastVisitAt?: string | null; visitDueAt: string; version: number;
}

export interface GridLocation { gridCode?: string | null; areaPath: string[]; reason: string; detail: string }

export interface Category { code: string; name: { zh: string; en: string } }
