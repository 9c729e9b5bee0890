import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { loadContent } from "@/lib/content/load-content";
import { DEMO, signIn } from "./support/accounts";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { pearson, readDemoClassAnswers, type RawAnswer } from "./support/raw-answers";

const lesson = loadContent().lessons.find((l) => l.id === "who-said-it")!;
const pct = (x: number) => `${Math.round(x * 100)}%`;

/** Per student, their best completed attempt's score and their first completed attempt's answers. */
function summarize(rows: RawAnswer[]) {
  const attempts = new Map<string, RawAnswer[]>();
  for (const r of rows.filter((r) => r.lesson_id === lesson.id))
    attempts.set(r.attempt_id, [...(attempts.get(r.attempt_id) ?? []), r]);
  const byStudent = new Map<string, RawAnswer[][]>();
  for (const answers of attempts.values())
    byStudent.set(answers[0]!.student, [...(byStudent.get(answers[0]!.student) ?? []), answers]);
  const total = lesson.questions.length;
  return [...byStudent].map(([student, list]) => {
    const completed = list.filter((a) => a[0]!.completed_at !== null).sort((a, b) => a[0]!.number - b[0]!.number);
    const scores = completed.map((a) => a.reduce((s, x) => s + x.score, 0) / total);
    return { student, best: Math.max(...scores), first: completed[0]! };
  });
}

test("the teacher's reports show what the raw answers say, and the CSVs match", async ({ page }) => {
  const raw = await readDemoClassAnswers();
  const students = summarize(raw);
  expect(students.length).toBeGreaterThan(1);

  await signIn(page, DEMO.teacher);
  await page.goto("/teach");
  await page
    .getByRole("link", { name: /Media Literacy/ })
    .first()
    .click();
  await page.getByRole("link", { name: "Class report: scores, skills and item analysis" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Class report/ })).toBeVisible();
  // Once the report has streamed in, the footer that waited out of sight is back.
  await expect(page.getByRole("contentinfo").getByRole("link", { name: /^Privacy/ })).toBeVisible();
  // The page is one prerendered file for every class: its figures came in the request that also
  // told the header who is signed in.
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("button", { name: "Sign out" })).toBeVisible();
  const file = await (await page.request.get(page.url())).text();
  expect(file).toContain("Loading the report…");
  expect(file).not.toContain(lesson.title);

  // Class overview: completion and the average of best scores for the lesson.
  const row = page.getByRole("row", { name: new RegExp(lesson.title.replace(/[?]/g, "\\?")) });
  await expect(row).toContainText(`${students.length} of 4`);
  await expect(row).toContainText(pct(students.reduce((s, x) => s + x.best, 0) / students.length));
  await expectNoSeriousA11yViolations(page);

  // The heatmap and the skill chart's table are there for every student and skill.
  const heatmap = page.getByRole("table", { name: "Skill mastery by student" });
  await expect(heatmap.getByRole("row")).toHaveCount(5);
  await expect(page.getByRole("table", { name: "Class mastery per skill" }).getByRole("row")).toHaveCount(9);
  // The chart library loads after the page (components/reports/charts.tsx), and the chart draws.
  await expect(page.locator(".recharts-wrapper svg").first()).toBeVisible();

  // Exports: every answer, and a row per student.
  const [answersFile] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download every answer (CSV)" }).click(),
  ]);
  const answerRows = parse(await readFile((await answersFile.path())!), { bom: true, columns: true }) as Record<
    string,
    string
  >[];
  expect(answerRows).toHaveLength(raw.length);
  expect(answerRows.filter((r) => r.correct === "true")).toHaveLength(raw.filter((r) => r.correct).length);
  const [scoresFile] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download scores per student (CSV)" }).click(),
  ]);
  expect(parse(await readFile((await scoresFile.path())!), { bom: true })).toHaveLength(5);

  // Assignment report and item analysis, from each student's first completed attempt.
  await row.getByRole("link", { name: lesson.title }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Assignment report: ${lesson.title}` })).toBeVisible();
  await expect(page.locator(".recharts-wrapper svg").first()).toBeVisible();
  for (const s of students) {
    await expect(
      page.getByRole("table", { name: /^Answers by student/ }).getByRole("row", { name: new RegExp(`^${s.student}`) }),
    ).toContainText(pct(s.best));
  }
  const firsts = students.map((s) => s.first);
  const rest = (attempt: RawAnswer[], questionId: string) =>
    attempt.filter((x) => x.question_id !== questionId).reduce((s, x) => s + x.score, 0);
  for (const [i, question] of lesson.questions.entries()) {
    const answers = firsts.map((a) => a.find((x) => x.question_id === question.id)!);
    const item = page
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: `Question ${i + 1}: ${question.prompt}` }) });
    await expect(item).toContainText(
      `${pct(answers.filter((a) => a.correct).length / answers.length)} answered it right`,
    );
    const r = pearson(
      answers.map((a) => (a.correct ? 1 : 0)),
      firsts.map((a) => rest(a, question.id)),
    );
    await expect(item).toContainText(Number.isNaN(r) ? "not defined" : `Discrimination${r.toFixed(2)}`);
    for (const option of question.options) {
      const picks = answers.filter((a) => a.chosen.includes(option.id)).length;
      await expect(
        item.getByRole("row", { name: new RegExp(option.text.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) }),
      ).toContainText(`${picks} (`);
    }
  }
  await expectNoSeriousA11yViolations(page);

  // One student's view: their attempts and what to practise next.
  const first = students[0]!;
  await page.getByRole("link", { name: first.student }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: first.student })).toBeVisible();
  await expect(page.getByRole("heading", { name: "What to practise next" })).toBeVisible();
  const attempts = new Set(raw.filter((r) => r.student === first.student).map((r) => r.attempt_id));
  await expect(page.getByRole("region", { name: "Attempts and answers" }).getByRole("listitem")).toHaveCount(
    attempts.size,
  );
  await expectNoSeriousA11yViolations(page);
});
