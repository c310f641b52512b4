import { api } from "./http";

// Deadlines are measured on the platform's clock, not the device's (a phone or workstation may be
// off by minutes): pages read the server's now as the device's now plus the offset last measured.
let offset = 0;

/** The server's now, as far as this page knows it. */
export const serverNow = (): number => Date.now() + offset;

/** Measures the offset once; answers how many seconds the server asks pages to wait before measuring again. */
export async function syncServerClock(): Promise<number> {
  const sent = Date.now();
  const { data } = await api<{ now: string; syncSeconds: number }>("/api/v1/board/clock");
  const received = Date.now();
  offset = Date.parse(data.now) - (sent + received) / 2;
  return data.syncSeconds;
}

/** Keeps the offset measured, at the pace the server names. */
export function keepServerClock(): void {
  const resync = async () => {
    let seconds = 60;
    try { seconds = await syncServerClock(); } catch { /* the last offset holds until the next try */ }
    window.setTimeout(() => void resync(), seconds * 1000);
  };
  void resync();
}
