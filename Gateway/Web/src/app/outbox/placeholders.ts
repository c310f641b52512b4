// A queued command names a field of an earlier command's answer as "{ref.name}" in its path or in a
// string of its JSON body; the placeholder is filled once that earlier command has been answered.
const placeholder = /\{([0-9a-f-]{36})\.([A-Za-z0-9_]+)\}/g;

/** The refs of the earlier commands a path or body waits for. */
export function needs(path: string, body: unknown): Set<string> {
  const refs = new Set<string>();
  const scan = (text: string) => { for (const match of text.matchAll(placeholder)) refs.add(match[1]); };
  scan(path);
  visit(body, text => { scan(text); return text; });
  return refs;
}

/** The path and body with the placeholders of <c>ref</c> replaced by the fields of its answer. */
export function fill<T>(path: string, body: T, ref: string, answer: unknown): { path: string; body: T } {
  const fields = (answer ?? {}) as Record<string, unknown>;
  const replace = (text: string) => text.replace(placeholder, (whole, of: string, name: string) =>
    of === ref && fields[name] !== undefined ? encodeURIComponent(String(fields[name])) : whole);
  return { path: replace(path), body: visit(body, text => text.replace(placeholder, (whole, of: string, name: string) =>
    of === ref && fields[name] !== undefined ? String(fields[name]) : whole)) };
}

/** Maps every string of a JSON value; a Blob (a photo's bytes) and other values pass untouched. */
function visit<T>(value: T, map: (text: string) => string): T {
  if (typeof value === "string") return map(value) as T;
  if (Array.isArray(value)) return value.map(v => visit(v, map)) as T;
  if (value !== null && typeof value === "object" && !(value instanceof Blob))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, visit(v, map)])) as T;
  return value;
}
