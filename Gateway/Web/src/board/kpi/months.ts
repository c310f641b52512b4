/** A month of the assessment as the API takes it: [from, to) as dates, China time. */
export interface Month { label: string; from: string; to: string }

const chinaDay = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" });

/** The last `count` months, oldest first; the current one runs to tomorrow, so its cases due later are not yet counted as missed. */
export function lastMonths(now: number, count: number): Month[] {
  const [year, month, day] = chinaDay.format(now).split("-").map(Number);
  const date = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);
  const months: Month[] = [];
  for (let back = count - 1; back >= 0; back--) {
    const first = new Date(Date.UTC(year, month - 1 - back, 1));
    const [y, m] = [first.getUTCFullYear(), first.getUTCMonth() + 1];
    months.push({ label: `${y}-${String(m).padStart(2, "0")}`, from: date(y, m, 1), to: back === 0 ? date(year, month, day + 1) : date(y, m + 1, 1) });
  }
  return months;
}
