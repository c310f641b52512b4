import { ref } from "vue";
import { signIn } from "./auth";
import { ApiError } from "./http";

/** A sign-in form's state: the login and password typed, and why the last try failed (a wrong
 * password, or the lock's end as the gateway says it, in China time: "yyyy-mm-dd hh:mm:ss"). */
export function useSignInForm(signedIn: () => void) {
  const login = ref("");
  const password = ref("");
  const failed = ref(false);
  const lockedUntil = ref("");
  const busy = ref(false);

  async function submit(): Promise<void> {
    busy.value = true;
    failed.value = false;
    lockedUntil.value = "";
    try {
      await signIn(login.value.trim(), password.value);
      signedIn();
    } catch (error) {
      const until = error instanceof ApiError && error.status === 429 ? (error.problem as { lockedUntil?: string } | null)?.lockedUntil : undefined;
      if (until) lockedUntil.value = until.slice(0, 19).replace("T", " ");
      else failed.value = true;
    } finally {
      busy.value = false;
    }
  }

  return { login, password, failed, lockedUntil, busy, submit };
}
