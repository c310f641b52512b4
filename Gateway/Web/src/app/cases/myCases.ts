import { reactive } from "vue";
import { api } from "../../shared/http";
import type { Assignment, CaseItem, OfferItem, WorkerCases } from "../types";

/** A command waiting on the device for a case (its ref in the outbox), and the case's version when it was given. */
export interface QueuedMark { ref: string; version: number }

/** The worker's three lists as the case list last answered, and the offers pushed since, which the
 * list (fed from the event log) may not hold yet. <c>queued</c> names the cases with a command
 * waiting on the device, so the screen says "saved, will be sent" instead of done or failed, until
 * the lists show the case moved on (a newer version, or gone from them). */
export const myCases = reactive({
  offers: [] as OfferItem[],
  accepted: [] as CaseItem[],
  toVerify: [] as CaseItem[],
  pushed: [] as OfferItem[],
  queued: {} as Record<string, QueuedMark>,
  loaded: false,
});

export function allOffers(): OfferItem[] {
  const listed = new Set(myCases.offers.map(o => o.case.id));
  const accepted = new Set(myCases.accepted.map(c => c.id));
  return [...myCases.offers, ...myCases.pushed.filter(o => !listed.has(o.case.id) && !accepted.has(o.case.id))];
}

/** Reads the lists again; <paramref name="pending"/> (the hub's word on what still waits, when
 * connected) drops pushed offers that moved on to someone else meanwhile. */
export async function loadMyCases(workerId: string, pending: Assignment[] | null): Promise<void> {
  const { data } = await api<WorkerCases>(`/api/v1/workers/${encodeURIComponent(workerId)}/cases`);
  myCases.offers = data.offers.items;
  myCases.accepted = data.accepted.items;
  myCases.toVerify = data.toVerify.items;
  if (pending) {
    const waiting = new Set(pending.map(a => a.incidentId));
    myCases.pushed = myCases.pushed.filter(o => waiting.has(o.case.id));
  }
  const listed = new Map([...allOffers().map(o => o.case), ...myCases.accepted, ...myCases.toVerify].map(c => [c.id, c.version]));
  for (const [id, mark] of Object.entries(myCases.queued))
    if ((listed.get(id) ?? Infinity) > mark.version) delete myCases.queued[id];
  myCases.loaded = true;
}

/** An offer as the hub pushed it; answers whether it is new to this page. Its accept deadline is the
 * case's stage deadline, read from the case file right after. */
export function addPushedOffer(assignment: Assignment): boolean {
  if (allOffers().some(o => o.case.id === assignment.incidentId)) return false;
  const offer: OfferItem = {
    case: {
      id: assignment.incidentId, version: assignment.version, status: "Dispatched", light: "Green", category: assignment.category,
      urgency: assignment.urgency, title: assignment.title, gridCode: assignment.gridCode, dueAt: assignment.dueAt,
    },
    acceptBy: null,
  };
  myCases.pushed.push(offer);
  void api<CaseItem>(`/api/v1/incidents/${encodeURIComponent(assignment.incidentId)}`)
    .then(({ data }) => {
      const held = myCases.pushed.find(o => o.case.id === assignment.incidentId);
      if (held) { held.case = { ...held.case, ...data }; held.acceptBy = data.stageDueAt; }
    })
    .catch(() => undefined);
  return true;
}
