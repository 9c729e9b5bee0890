import { describe, expect, it } from "vitest";
import { nextScheduleChange } from "@/lib/assignments/next-schedule-change";

const at = (iso: string) => new Date(iso);
const now = at("2026-12-04T12:00:00Z").getTime();

describe("nextScheduleChange", () => {
  it("is the first opening or due date still to come", () => {
    const assignments = [
      { opensAt: null, dueAt: at("2026-12-01T00:00:00Z") },
      { opensAt: at("2026-12-06T08:00:00Z"), dueAt: at("2026-12-09T00:00:00Z") },
      { opensAt: at("2026-12-03T08:00:00Z"), dueAt: at("2026-12-05T17:00:00Z") },
    ];
    expect(nextScheduleChange(assignments, now)).toBe(at("2026-12-05T17:00:00Z").getTime());
  });

  it("is Infinity when every date has passed, or there are no assignments", () => {
    expect(nextScheduleChange([{ opensAt: at("2026-11-01T00:00:00Z"), dueAt: at("2026-12-04T12:00:00Z") }], now)).toBe(
      Infinity,
    );
    expect(nextScheduleChange([], now)).toBe(Infinity);
  });
});
