/** The accounts view is asked for by ?view=accounts, so it can be linked to and survives a reload. */
export function isAccounts(at: Location = location): boolean {
  return new URLSearchParams(at.search).get("view") === "accounts";
}

export const accountsHref = "/?view=accounts";

export const managesAccounts = (role: string) => role === "Admin" || role === "PlatformAdmin";
