import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { estimateLessonMinutes, READING_WORDS_PER_MINUTE } from "@/lib/teacher-lessons/estimate-minutes";

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(" ");
const body = (name: string) => readFileSync(`content/sources/${name}`, "utf8").split(/^---$/m)[2]!.trim();

describe("a lesson's estimated minutes", () => {
  it("are the reading time at 200 words a minute plus a minute per question, rounded", () => {
    expect(READING_WORDS_PER_MINUTE).toBe(200);
    expect(estimateLessonMinutes([words(1000)], 12)).toBe(17);
    expect(estimateLessonMinutes([words(650)], 4)).toBe(7);
    expect(estimateLessonMinutes([words(740)], 4)).toBe(8);
  });

  it("count every article of the lesson, whatever the spacing between words", () => {
    expect(estimateLessonMinutes([words(600), `${words(400)}\n\n  ${words(200)}`], 10)).toBe(16);
  });

  it("are at least 3 and at most 120", () => {
    expect(estimateLessonMinutes([words(120)], 0)).toBe(3);
    expect(estimateLessonMinutes([""], 1)).toBe(3);
    expect(estimateLessonMinutes([words(30_000)], 20)).toBe(120);
  });

  it("are believable for a real article with a dozen questions: neither a glance nor an hour", () => {
    const kyiv = body("kyiv-independent-2025-11-24-secretive-negotiations.txt");
    // About 500 words: two and a half minutes of reading, twelve of questions.
    expect(estimateLessonMinutes([kyiv], 12)).toBeGreaterThanOrEqual(14);
    expect(estimateLessonMinutes([kyiv], 12)).toBeLessThanOrEqual(16);
  });
});
