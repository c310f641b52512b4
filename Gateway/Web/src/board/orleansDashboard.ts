import { api } from "../shared/http";

/** Only a platform admin may open the Orleans dashboard. */
export const seesOrleansDashboard = (role: string) => role === "PlatformAdmin";

/** The dashboard's own script cannot send the session's bearer token: the gateway gives it back as a
 * cookie for the dashboard's path alone (HttpOnly, ending with the token), then the page goes there. */
export async function openOrleansDashboard(): Promise<void> {
  await api("/api/v1/admin/orleans/session", { method: "POST" });
  location.assign("/admin/orleans/");
}
