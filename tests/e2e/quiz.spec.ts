import { expect, test, type Page } from "@playwright/test";
import { loadContent } from "@/lib/content/load-content";
import { LEVEL_LABELS, summarizeMastery } from "@/lib/mastery";
import { NEW_STUDENT_PASSWORD, signIn, signUpStudent } from "./support/accounts";
import { chooseRightly, RIGHT_VERDICT } from "./support/answer-rightly";
import { expectNoSeriousA11yViolations } from "./support/axe";

const { lessons } = loadContent();
const lesson = lessons.find((l) => l.id === "who-reported-what")!;

async function evidenceHighlighted(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get("byline-evidence");
    return highlight ? [...highlight].map((r) => (r as Range).toString()) : [];
  });
}

function wrongOption(questionIndex: number) {
  const q = lesson.questions[questionIndex]!;
  return q.options.find((o) => !q.answer.includes(o.id))!;
}

test("a student signs in, answers, sees feedback with evidence, resumes, finishes and retries", async ({
  page,
  context,
}) => {
  const email = await signUpStudent(page);
  await page.getByRole("button", { name: "Sign out" }).click();
  await signIn(page, email, NEW_STUDENT_PASSWORD);
  await page.goto(`/lessons/${lesson.id}`);
  await expect(page.getByRole("heading", { level: 1, name: lesson.title })).toBeVisible();
  const quiz = page.getByRole("complementary", { name: "Quiz" });
  const first = lesson.questions[0]!;
  await expect(quiz.getByRole("heading", { name: first.prompt })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await quiz.getByLabel(wrongOption(0).text).check();
  await quiz.getByRole("button", { name: "Check answer" }).click();
  await expect(quiz.getByRole("heading", { name: "Not quite" })).toBeVisible();
  await expect(quiz.getByText(wrongOption(0).feedback)).toBeVisible();
  await expect(quiz.getByText(first.explanation)).toBeVisible();
  await expect.poll(() => evidenceHighlighted(page)).toEqual(first.evidence.map((e) => e.quote));
  // The answer's response carries offsets only; the quoted words are read from the article on the page.
  await expect(quiz.locator("blockquote").first()).toHaveText(first.evidence[0]!.quote);

  // Closing the tab and coming back resumes at the first unanswered question.
  await page.close();
  const again = await context.newPage();
  await again.goto(`/lessons/${lesson.id}`);
  const total = lesson.questions.length;
  const quiz2 = again.getByRole("complementary", { name: "Quiz" });
  await expect(quiz2.getByText(`1 of ${total} questions answered`)).toBeVisible();

  // The rest, rightly: each answer's feedback says so, the last one leads to the results.
  for (const [i, question] of lesson.questions.entries()) {
    if (i === 0) continue;
    await expect(quiz2.getByRole("heading", { name: question.prompt })).toBeVisible();
    await chooseRightly(quiz2, question);
    await quiz2.getByRole("button", { name: "Check answer" }).click();
    await expect(quiz2.getByRole("heading", { name: RIGHT_VERDICT })).toBeVisible();
    await quiz2.getByRole("button", { name: i === total - 1 ? "See your results" : "Next question" }).click();
  }
  await expect(quiz2.getByRole("heading", { name: "Lesson finished" })).toBeVisible();
  await expect(quiz2.getByText(`You scored ${total - 1} out of ${total}.`)).toBeVisible();

  // Progress per skill, checked against the same rule computed here from the answers given.
  await quiz2.getByRole("link", { name: "See your progress by skill" }).click();
  await expect(again.getByRole("heading", { name: "My progress" })).toBeVisible();
  const scores = new Map<string, number[]>();
  lesson.questions.forEach((q, i) => scores.set(q.skill, [...(scores.get(q.skill) ?? []), i === 0 ? 0 : 1]));
  const expected = summarizeMastery(
    [...scores].map(([skill, s]) => ({ skill, answers: s.length, mastery: s.reduce((a, b) => a + b, 0) / s.length })),
  );
  for (const skill of expected.filter((e) => e.answers > 0)) {
    const row = again.getByRole("row", { name: new RegExp(`^${skill.label}`) });
    await expect(row).toContainText(LEVEL_LABELS[skill.level]);
    await expect(row).toContainText(`${Math.round(skill.mastery! * 100)}%`);
  }
  await expect(again.getByRole("row", { name: new RegExp(lesson.title.slice(0, 20)) })).toContainText(
    `${Math.round(((total - 1) / total) * 100)}%`,
  );
  await expectNoSeriousA11yViolations(again);

  await again.goto(`/lessons/${lesson.id}`);
  await quiz2.getByRole("button", { name: "Try again" }).click();
  await expect(quiz2.getByRole("heading", { name: first.prompt })).toBeVisible();
  await expect(quiz2.getByText(`0 of ${total} questions answered`)).toBeVisible();
});

test("a guest takes the demo lesson by keyboard alone", async ({ page }) => {
  await page.goto(`/lessons/${lesson.id}`);
  const quiz = page.getByRole("complementary", { name: "Quiz" });
  await expect(quiz.getByText(/Demo lesson: your progress is kept in this browser only/)).toBeVisible();

  const focusedName = () => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name ?? "");
  for (let i = 0; i < 40 && (await focusedName()) !== "chosen"; i++) await page.keyboard.press("Tab");
  expect(await focusedName()).toBe("chosen");

  // Question 1 (one answer): arrow keys move the radio choice to the key, Tab reaches the button.
  const first = lesson.questions[0]!;
  // The key's place as shown (options may be shuffled per student), not its place in the file.
  const shown = await quiz
    .locator('input[name="chosen"]')
    .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  const keyIndex = shown.findIndex((id) => first.answer.includes(id));
  expect(keyIndex).toBeGreaterThanOrEqual(0);
  await page.keyboard.press("Space");
  for (let i = 0; i < keyIndex; i++) await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(quiz.getByRole("heading", { name: "Correct" })).toBeFocused();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(quiz.getByRole("button", { name: "Next question" })).toBeFocused();
  await page.keyboard.press("Enter");

  // Question 2 (highlight): in the list of the article's sentences, the arrow keys move and Space
  // marks each sentence of the key; Tab then goes on (past each mark's "Remove") to the button.
  const second = lesson.questions[1]!;
  await expect(quiz.getByRole("heading", { name: second.prompt })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(quiz.getByRole("listbox", { name: "Sentences of the article to mark" })).toBeFocused();
  for (const option of second.options) {
    if (second.answer.includes(option.id)) await page.keyboard.press("Space");
    await page.keyboard.press("ArrowDown");
  }
  const check = quiz.getByRole("button", { name: "Check answer" });
  for (let n = 0; n < 20 && !(await check.evaluate((b) => b === document.activeElement)); n++)
    await page.keyboard.press("Tab");
  await expect(check).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(quiz.getByRole("heading", { name: "Correct" })).toBeFocused();
  await expectNoSeriousA11yViolations(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("multiple choice still works: the answer posts, feedback comes back, the next question follows", async ({
    page,
  }) => {
    await page.goto(`/lessons/${lesson.id}/quiz`);
    // Without JavaScript the streamed quiz shows at the end of the page instead of in its column.
    const quiz = page.locator("body");
    const first = lesson.questions[0]!;
    await expect(quiz.getByRole("heading", { name: first.prompt })).toBeVisible();
    await quiz.getByLabel(wrongOption(0).text).check();
    await quiz.getByRole("button", { name: "Check answer" }).click();
    await expect(quiz.getByRole("heading", { name: "Not quite" })).toBeVisible();
    await expect(quiz.getByText(first.explanation)).toBeVisible();
    await expect(quiz.locator("blockquote", { hasText: first.evidence[0]!.quote })).toBeVisible();
    await quiz.getByRole("button", { name: "Next question" }).click();
    await expect(quiz.getByRole("heading", { name: lesson.questions[1]!.prompt })).toBeVisible();
  });
});
