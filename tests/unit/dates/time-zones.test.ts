import { describe, expect, it } from "vitest";
import { formatDateTime } from "@/components/ui/format-date-time";
import { listTimeZones, utcToZonedLocal, zonedLocalToUtc } from "@/lib/time-zones";

describe("dates typed in one zone and shown in another", () => {
  it("reads a Los Angeles due date as the moment it names, and shows it in Berlin", () => {
    const due = zonedLocalToUtc("2026-12-01T23:59", "America/Los_Angeles");
    expect(due?.toISOString()).toBe("2026-12-02T07:59:00.000Z");
    expect(formatDateTime(due!, "Europe/Berlin")).toBe("Dec 2, 2026, 8:59 AM");
    expect(utcToZonedLocal(due!, "America/Los_Angeles")).toBe("2026-12-01T23:59");
    expect(utcToZonedLocal(due!, "Asia/Kolkata")).toBe("2026-12-02T13:29");
  });

  it("follows daylight saving time", () => {
    expect(zonedLocalToUtc("2026-07-01T12:00", "Europe/Berlin")?.toISOString()).toBe("2026-07-01T10:00:00.000Z");
    expect(zonedLocalToUtc("2026-01-01T12:00", "Europe/Berlin")?.toISOString()).toBe("2026-01-01T11:00:00.000Z");
  });

  it("refuses dates that do not exist", () => {
    expect(zonedLocalToUtc("2026-02-30T10:00", "UTC")).toBeNull();
    expect(zonedLocalToUtc("2026-12-01T24:10", "UTC")).toBeNull();
    expect(zonedLocalToUtc("tomorrow", "UTC")).toBeNull();
  });

  it("offers UTC and the user's own zone among the choices", () => {
    const zones = listTimeZones("Europe/Kiev");
    expect(zones[0]).toBe("UTC");
    expect(zones).toContain("America/Los_Angeles");
    expect(zones).toContain("Europe/Kiev");
    expect(listTimeZones("Not/AZone")).not.toContain("Not/AZone");
  });
});
