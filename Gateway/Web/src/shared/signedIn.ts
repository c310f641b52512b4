import { onMounted, ref } from "vue";
import { scheduleRefresh, whoAmI, type Me } from "./auth";
import { loadSession } from "./session";

/** Who is signed in on this tab, once the stored session has been checked; <c>resume</c> checks again after signing in. */
export function useSignedIn() {
  const me = ref<Me | null>(null);
  const checked = ref(false);

  async function resume(): Promise<void> {
    const session = loadSession();
    // An expired access token still stands for a session that can be refreshed (a phone back from a long time offline).
    if (session && (session.expiresAt > Date.now() || session.refreshToken)) {
      scheduleRefresh(session);
      me.value = await whoAmI(session);
    }
    checked.value = true;
  }

  onMounted(resume);
  return { me, checked, resume };
}
