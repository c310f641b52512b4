import type { IncidentView } from "../../shared/types";
import { send, type Outcome } from "../outbox";
import { uploadPhotos } from "../photos/upload";

export type CaseAction = "accept" | "return" | "resolve" | "verify" | "rework";

/** What this worker may do with the case as it stands: accept or return an offer made to them,
 * resolve a case they handle, check on site a case they reported. The grain decides again. */
export function actionsFor(view: IncidentView & { reporter?: { id: string } }, workerId: string): CaseAction[] {
  const handles = view.handler === workerId && view.level === "Grid";
  if (handles && view.status === "Dispatched") return ["accept", "return"];
  if (handles && (view.status === "Accepted" || view.status === "Reworked")) return ["resolve"];
  if (view.status === "Resolved" && view.reporter?.id === workerId) return ["verify", "rework"];
  return [];
}

export interface ActionInput { text: string; photos: Blob[] }

/** Gives the command through the outbox; a resolve sends its photos to the case first and names them. */
export async function perform(action: CaseAction, id: string, input: ActionInput, label: string): Promise<Outcome> {
  const path = `/api/v1/incidents/${encodeURIComponent(id)}/${action}`;
  switch (action) {
    case "accept":
      return send({ label, method: "POST", path });
    case "return":
    case "rework":
      return send({ label, method: "POST", path, body: { reason: input.text } });
    case "verify":
      return send({ label, method: "POST", path, body: { note: input.text || null } });
    case "resolve": {
      // A photo refused later refuses the resolve that names it, so the resolve alone tells what became of both.
      const { urls: photoUrls } = await uploadPhotos(encodeURIComponent(id), input.photos, label);
      return send({ label, method: "POST", path, body: { result: input.text, photoUrls } });
    }
  }
}

/** Actions that cannot go without words: the reason to return or send back, what was done. */
export const needsText = (action: CaseAction): boolean => action === "return" || action === "rework" || action === "resolve";
