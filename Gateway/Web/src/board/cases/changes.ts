import type { IncidentEvent, IncidentView } from "../../shared/types";

/** What the operator sees of a case that moved on under them: the fields that differ between the
 * version they acted on and the current one, and the events recorded in between. */
export type ChangedField = "status" | "handler" | "level" | "dueAt" | "stageDueAt";
export interface FieldChange { field: ChangedField; before: string | null; after: string | null }
export interface CaseChanges { from: number; to: number; fields: FieldChange[]; added: IncidentEvent[] }

const compared: ChangedField[] = ["status", "handler", "level", "dueAt", "stageDueAt"];

export function changesBetween(before: IncidentView, after: IncidentView): CaseChanges {
  const fields = compared
    .map(field => ({ field, before: before[field] ?? null, after: after[field] ?? null }))
    .filter(c => c.before !== c.after);
  return { from: before.version, to: after.version, fields, added: after.history.filter(e => e.version > before.version) };
}
