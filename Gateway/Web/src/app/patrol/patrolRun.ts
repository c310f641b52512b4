import { serverNow } from "../../shared/serverClock";
import { answerField, send, type Outcome } from "../outbox";
import type { Fix } from "../device/position";
import type { RouteSample } from "../types";

/** How many positions go in one batch to the route, and how long a batch waits at most. */
const batchSize = 20;
const batchMs = 30_000;

/** A patrol while it runs: each position the phone gives is a sample, timed on the server's clock
 * (the patrol refuses positions from the future or from before its start), sent in batches and in
 * order through the outbox; stopping sends what is left, then the stop. */
export class PatrolRun {
  recorded = 0;
  private batch: RouteSample[] = [];
  private lastAt = 0;
  private chain: Promise<unknown> = Promise.resolve();
  private timer: number;
  private readonly id: string;

  /** <paramref name="refused"/> hears why a batch was not taken, so no refusal goes unseen. */
  constructor(started: Outcome, private label: string, private refused: (error: unknown) => void) {
    this.id = answerField(started, "id");
    this.timer = window.setInterval(() => void this.flush(), batchMs);
  }

  add(fix: Fix): void {
    const at = Math.max(serverNow(), this.lastAt + 1);
    this.lastAt = at;
    this.batch.push({ latitude: fix.latitude, longitude: fix.longitude, at: new Date(at).toISOString() });
    this.recorded++;
    if (this.batch.length >= batchSize) void this.flush();
  }

  /** Sends the positions gathered so far, after every batch before it. */
  flush(): Promise<unknown> {
    if (this.batch.length === 0) return this.chain;
    const samples = this.batch;
    this.batch = [];
    this.chain = this.chain
      .then(() => send({ label: this.label, method: "POST", path: `/api/v1/patrols/${this.id}/route`, body: { samples } }))
      .catch(error => this.refused(error));
    return this.chain;
  }

  async stop(): Promise<Outcome> {
    window.clearInterval(this.timer);
    await this.flush();
    return send({ label: this.label, method: "POST", path: `/api/v1/patrols/${this.id}/stop` });
  }
}
