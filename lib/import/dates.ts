import * as chrono from "chrono-node";

/** A line that is nothing but a date ("Monday, November 24, 2025", "Updated Oct. 3, 2023 at 6:15 p.m."), as YYYY-MM-DD. */
export function wholeLineDate(line: string): string | null {
  const stamp = /^(?:date\s+)?(\d{4}-\d{2}-\d{2})\b/.exec(line);
  if (stamp) return stamp[1]!;
  const text = line.replace(/^(?:published|updated|posted|last updated)(?: on)?:?\s+/i, "");
  const [found] = chrono.en.strict.parse(text);
  if (!found || !found.start.isCertain("year") || !found.start.isCertain("day")) return null;
  const rest = (text.slice(0, found.index) + text.slice(found.index + found.text.length)).replace(/[\s,.|–—-]+/g, "");
  if (rest.length > 0) return null;
  const d = found.start;
  return `${d.get("year")}-${String(d.get("month")).padStart(2, "0")}-${String(d.get("day")).padStart(2, "0")}`;
}
