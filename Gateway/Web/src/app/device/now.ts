import { ref } from "vue";
import { serverNow } from "../../shared/serverClock";

/** The server's now, read each second: countdowns and lights move with it. */
export const now = ref(serverNow());
let ticking = false;

export function startTicking(): void {
  if (ticking) return;
  ticking = true;
  window.setInterval(() => { now.value = serverNow(); }, 1000);
}
