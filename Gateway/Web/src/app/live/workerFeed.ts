import { HubConnectionBuilder, HubConnectionState, LogLevel, type HubConnection } from "@microsoft/signalr";
import { ref } from "vue";
import { checkSignedIn } from "../../shared/auth";
import { loadSession } from "../../shared/session";
import type { Assignment } from "../types";

export type FeedState = "connecting" | "connected" | "reconnecting" | "disconnected";

export const feedState = ref<FeedState>("connecting");

/** The worker hub: every offer still waiting is pushed on each connect and each new one as it is
 * made, so an offer made while the app was away is never lost. */
export class WorkerFeed {
  private connection: HubConnection;

  constructor(offered: (assignment: Assignment) => void, reconnected: () => void) {
    this.connection = new HubConnectionBuilder()
      .withUrl("/hubs/worker", { accessTokenFactory: () => loadSession()?.accessToken ?? "" })
      .withAutomaticReconnect({ nextRetryDelayInMilliseconds: ctx => Math.min(500 * 2 ** ctx.previousRetryCount, 5000) })
      .configureLogging(LogLevel.None)
      .build();
    this.connection.on("assignmentOffered", offered);
    this.connection.on("reportMerged", reconnected);
    this.connection.onreconnecting(() => { feedState.value = "reconnecting"; });
    this.connection.onreconnected(() => { feedState.value = "connected"; reconnected(); });
    this.connection.onclose(() => {
      void checkSignedIn();
      feedState.value = "disconnected";
      if (navigator.onLine) window.setTimeout(() => void this.start(), 2000);
    });
    window.addEventListener("offline", () => void this.connection.stop());
    window.addEventListener("online", () => void this.start());
  }

  async start(): Promise<void> {
    if (this.connection.state !== HubConnectionState.Disconnected) return;
    try {
      await this.connection.start();
      feedState.value = "connected";
    } catch {
      feedState.value = "disconnected";
      if (navigator.onLine) window.setTimeout(() => void this.start(), 2000);
    }
  }

  /** The offers still waiting for this worker, as the worker's grain holds them; null when not connected. */
  async pending(): Promise<Assignment[] | null> {
    if (this.connection.state !== HubConnectionState.Connected) return null;
    return this.connection.invoke<Assignment[]>("Pending").catch(() => null);
  }
}
