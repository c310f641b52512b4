// Which actions the drawer offers for a case in a given state to a given role. The server checks
// again; this only keeps buttons that would surely be refused off the screen.
export type ActionName = "file" | "reject" | "dispatch" | "reoffer" | "escalate" | "extend" | "defer" | "resume" | "supervise" | "merge" | "close";

const byStatus: Record<string, ActionName[]> = {
  Reported: ["file", "reject", "merge"],
  Filed: ["dispatch", "escalate", "merge"],
  Returned: ["dispatch", "escalate"],
  Dispatched: ["reoffer", "escalate", "supervise"],
  Accepted: ["escalate", "extend", "defer", "supervise"],
  Reworked: ["escalate", "extend", "defer", "supervise"],
  Resolved: ["supervise"],
  Verified: ["close"],
  Deferred: ["resume"],
};

const approvals = new Set<ActionName>(["extend", "defer", "resume", "supervise"]);

export function actionsFor(role: string, status: string): ActionName[] {
  const commandCentre = ["Operator", "Supervisor", "Admin"].includes(role);
  if (!commandCentre) return [];
  return (byStatus[status] ?? []).filter(a => role !== "Operator" || !approvals.has(a));
}

/** What each action asks for beyond the click, and the body it sends. */
export type Field = "reason" | "note" | "worker" | "level" | "handler" | "deadline" | "into";
export const fieldsOf: Record<ActionName, Field[]> = {
  file: ["note"], reject: ["reason"], dispatch: ["worker"], reoffer: ["worker", "reason"], escalate: ["level", "handler", "reason"],
  extend: ["deadline", "reason"], defer: ["reason"], resume: ["note"], supervise: ["reason"], merge: ["into"], close: ["note"],
};

export function bodyOf(action: ActionName, f: Record<Field, string>): Record<string, unknown> {
  switch (action) {
    case "dispatch": return { level: "Grid", handler: f.worker };
    case "reoffer": return { handler: f.worker, reason: f.reason };
    case "escalate": return { level: f.level, handler: f.handler, reason: f.reason };
    case "extend": return { newDeadline: new Date(f.deadline).toISOString(), reason: f.reason };
    case "supervise": return { notice: f.reason };
    case "merge": return { into: f.into };
    case "reject": case "defer": return { reason: f.reason };
    default: return f.note ? { note: f.note } : {};
  }
}
