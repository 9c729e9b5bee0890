import { describe, expect, it } from "vitest";
import { masteryLevel, nextSkillToPractise, summarizeMastery } from "@/lib/mastery";

describe("mastery", () => {
  it("gives no level before three answers and 'strong' only from five", () => {
    expect(masteryLevel(0, null)).toBe("not-started");
    expect(masteryLevel(2, 1)).toBe("too-early");
    expect(masteryLevel(3, 1)).toBe("developing");
    expect(masteryLevel(5, 0.8)).toBe("strong");
    expect(masteryLevel(5, 0.79)).toBe("developing");
    expect(masteryLevel(4, 0.4)).toBe("needs-practice");
  });

  it("lists every skill and suggests the weakest one with enough answers", () => {
    const skills = summarizeMastery([
      { skill: "who-said", answers: 6, mastery: 0.9 },
      { skill: "timeline", answers: 4, mastery: 0.25 },
      { skill: "sourcing", answers: 4, mastery: 0.6 },
    ]);
    expect(skills).toHaveLength(8);
    expect(skills.find((s) => s.skill === "who-reported")?.level).toBe("not-started");
    expect(nextSkillToPractise(skills)?.skill).toBe("timeline");
  });

  it("suggests a skill not yet tried when nothing is weak", () => {
    const skills = summarizeMastery([{ skill: "who-said", answers: 6, mastery: 1 }]);
    expect(nextSkillToPractise(skills)?.level).toBe("not-started");
  });
});
