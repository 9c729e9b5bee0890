import { describe, expect, it } from "vitest";
import { assignmentStatus, DUE_SOON_MS, lessonHref } from "@/lib/assignments/status";

const now = new Date("2026-12-01T12:00:00Z");
const at = (msFromNow: number) => new Date(now.getTime() + msFromNow);

describe("assignmentStatus", () => {
  it("calls work done once an attempt is completed, even late or after closing", () => {
    expect(assignmentStatus({ bestScore: 0, dueAt: at(-1000), closedAt: at(-10) }, now)).toBe("done");
  });
  it("calls unfinished work closed by the teacher missed, whatever the due date", () => {
    expect(assignmentStatus({ bestScore: null, dueAt: at(DUE_SOON_MS * 10), closedAt: at(-10) }, now)).toBe("missed");
  });
  it("sorts open work by its due date: overdue, due soon (within 48 hours), to do", () => {
    expect(assignmentStatus({ bestScore: null, dueAt: at(-1), closedAt: null }, now)).toBe("overdue");
    expect(assignmentStatus({ bestScore: null, dueAt: at(DUE_SOON_MS), closedAt: null }, now)).toBe("due-soon");
    expect(assignmentStatus({ bestScore: null, dueAt: at(DUE_SOON_MS + 1), closedAt: null }, now)).toBe("to-do");
  });
});

describe("lessonHref", () => {
  it("opens an assignment's own attempt through the query string", () => {
    expect(lessonHref("who-said-it", "0b7e9f4c-1111-4222-8333-944455556666")).toBe(
      "/lessons/who-said-it?assignment=0b7e9f4c-1111-4222-8333-944455556666",
    );
    expect(lessonHref("who-said-it")).toBe("/lessons/who-said-it");
  });
});
