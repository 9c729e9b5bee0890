// Building an Intl.DateTimeFormat costs far more than using one, and a report formats a date
// per row: one formatter per time zone, kept for the life of the process.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** A moment shown in the viewer's own time zone (stored per user, set from the browser at sign-up). */
export function formatDateTime(date: Date, timeZone: string): string {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone });
    formatters.set(timeZone, formatter);
  }
  return formatter.format(date);
}
