import { describe, expect, it } from "vitest";
import { PersonIndex } from "@/lib/analysis/names";
import { suggestQuestions } from "@/lib/analysis/suggest-questions";

/** A board chair named in full once and by her first name later, among three other speakers. */
const LIBRARY = `The school board in Eastham voted on Tuesday to keep the town library open until 8 p.m. on weekdays, after months of pressure from parents.

"This is a win for every child in the district," said Sarah Jones, who chairs the board, after the vote.

Tom Becker, a parent who led the campaign, said families had waited too long. "We collected more than 2,000 signatures in three weeks," Becker said.

The head librarian, Maria Lopez, said the library would need two more staff members. "We cannot open longer without more people on the desk," Lopez said.

The vote was 5 to 2. Board member Alan Price voted against the plan. "The budget does not stretch that far this year," Price said.

Sarah later told reporters that the cost would be covered for the first year. "The money is there for now, and we will find the rest," Sarah said.`;

const speakerQuestions = (body: string) =>
  suggestQuestions({ id: "library-hours", outlet: "Eastham Post", genre: "news-report", body }, 50).filter(
    (q) => q.kind === "speaker",
  );
const optionTexts = (body: string) => speakerQuestions(body).flatMap((q) => q.options.map((o) => o.text));

describe("speaker options from the names in an article", () => {
  it("give a person named by first name later under the full name the article gives", () => {
    const questions = speakerQuestions(LIBRARY);
    expect(questions.length).toBeGreaterThanOrEqual(4);
    expect(optionTexts(LIBRARY)).not.toContain("Sarah");
    expect(new Set(optionTexts(LIBRARY))).toEqual(new Set(["Sarah Jones", "Tom Becker", "Maria Lopez", "Alan Price"]));
    // Her later words are hers, under her full name, and she is not offered twice.
    const later = questions.find((q) => q.prompt.includes("The money is there for now"))!;
    expect(later.answer).toEqual(["sarah-jones"]);
    expect(later.options.filter((o) => o.text.startsWith("Sarah"))).toHaveLength(1);
  });

  it("drop a first name that two people in the article share, rather than guess which one", () => {
    // Only the two Sarahs and the unresolved "Sarah" are left to offer as each other's distractors.
    const paragraphs = LIBRARY.replace("Board member Alan Price", "Board member Sarah Price").split("\n\n");
    const twoSarahs = [paragraphs[0], paragraphs[1], paragraphs[4], paragraphs[5]].join("\n\n");
    const people = new PersonIndex(twoSarahs);
    expect(people.fullest("Sarah")).toBe("Sarah");
    expect(people.isBareFirstName("Sarah")).toBe(true);
    const questions = speakerQuestions(twoSarahs);
    expect(questions.map((q) => q.answer[0]).sort()).toEqual(["sarah-jones", "sarah-price"]);
    expect(optionTexts(twoSarahs)).not.toContain("Sarah");
  });

  it("keep a surname the article uses alone, and never take one for a first name", () => {
    const people = new PersonIndex("Rubio told senators the plan was American. “We wrote it,” Rubio said on Sunday.");
    expect(people.isBareFirstName("Rubio")).toBe(false);
    expect(people.isBareFirstName("Sarah")).toBe(true);
    expect(new PersonIndex(LIBRARY).fullest("Sarah")).toBe("Sarah Jones");
  });
});
