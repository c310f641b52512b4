import { HubConnectionBuilder, HubConnectionState, LogLevel, type HubConnection } from "@microsoft/signalr";
import { checkSignedIn } from "../shared/auth";
import { api } from "../shared/http";
import { loadSession } from "../shared/session";
import type { Alert, AreaBoard, AreaChanges, CountsChanged, IncidentSummary, WorkerSummary } from "../shared/types";
import { startLightClock } from "./lightClock";
import { applyAlert, applyChanges, applyIncident, applySnapshot, applyWorker, board, epochOf } from "./store";

type Pending = () => void;

/** The board's live feed: the hub's pushes queued and applied once per animation frame, and a
 * catch-up over REST after every reconnect or a watermark from another epoch. */
export class BoardFeed {
  private connection: HubConnection;
  private pending: Pending[] = [];
  private frame = 0;

  constructor(private code: string) {
    this.connection = new HubConnectionBuilder()
      .withUrl("/hubs/board", { accessTokenFactory: () => loadSession()?.accessToken ?? "" })
      .withAutomaticReconnect({ nextRetryDelayInMilliseconds: ctx => Math.min(500 * 2 ** ctx.previousRetryCount, 5000) })
      .configureLogging(LogLevel.None)
      .build();
    this.connection.on("incidentChanged", (i: IncidentSummary) => this.queue(() => applyIncident(i)));
    this.connection.on("workerChanged", (w: WorkerSummary) => this.queue(() => applyWorker(w)));
    this.connection.on("alertRaised", (a: Alert) => this.queue(() => applyAlert(a)));
    this.connection.on("alertCleared", (a: Alert) => this.queue(() => applyAlert(a)));
    this.connection.on("alertAcknowledged", (a: Alert) => this.queue(() => applyAlert(a)));
    this.connection.on("countsChanged", (c: CountsChanged) => {
      if (c.area !== this.code) return;
      if (board.watermark && epochOf(c.watermark) !== epochOf(board.watermark)) return void this.catchUp();
      this.queue(() => { board.counts = c.counts; board.watermark = c.watermark; });
    });
    this.connection.onreconnecting(() => { board.connection = "reconnecting"; });
    this.connection.onreconnected(async () => {
      await this.watch(false);
      board.connection = "reconnected";
    });
    this.connection.onclose(() => {
      void checkSignedIn();
      board.connection = navigator.onLine ? "disconnected" : "reconnecting";
      if (navigator.onLine) window.setTimeout(() => this.start(), 2000);
    });
    // A socket can outlive the network going away (the browser keeps it until a timeout): drop it
    // at once when the browser says it is offline, and come back with a catch-up when it is online.
    window.addEventListener("offline", () => void this.connection.stop());
    window.addEventListener("online", () => void this.start());
  }

  async start(): Promise<void> {
    startLightClock();
    if (this.connection.state !== HubConnectionState.Disconnected) return;
    const first = board.watermark === "";
    board.connection = first ? "connecting" : "reconnecting";
    try {
      await this.connection.start();
      await this.watch(first);
      board.connection = first ? "connected" : "reconnected";
    } catch {
      board.connection = "disconnected";
      if (navigator.onLine) window.setTimeout(() => this.start(), 2000);
    }
  }

  /** Joins the area's group; the first time takes the snapshot WatchArea answers, later the changes since the watermark. */
  private async watch(first: boolean): Promise<void> {
    const snapshot = await this.connection.invoke<AreaBoard>("WatchArea", this.code);
    if (first) applySnapshot(snapshot);
    else await this.catchUp();
  }

  async catchUp(): Promise<void> {
    if (!board.watermark) return;
    const { data } = await api<AreaChanges>(`/api/v1/areas/${this.code}/board?since=${encodeURIComponent(board.watermark)}`);
    if (data.reset) applySnapshot((await api<AreaBoard>(`/api/v1/areas/${this.code}/board`)).data);
    else applyChanges(data);
  }

  private queue(change: Pending): void {
    this.pending.push(change);
    if (!this.frame) this.frame = requestAnimationFrame(() => this.flush());
  }

  private flush(): void {
    this.frame = 0;
    const batch = this.pending;
    this.pending = [];
    batch.forEach(apply => apply());
    board.revision++;
  }
}
