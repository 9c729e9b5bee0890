/** A moment shown in the viewer's own time zone (stored per user, set from the browser at sign-up). */
export function formatDateTime(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone }).format(date);
}
