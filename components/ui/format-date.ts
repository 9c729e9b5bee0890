const longDate = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });

/** A date-only value (YYYY-MM-DD) as written on the article, never shifted by a time zone. */
export function formatDateOnly(isoDate: string): string {
  const [y, m, d] = isoDate.split("-").map(Number);
  return longDate.format(new Date(Date.UTC(y!, m! - 1, d!)));
}
