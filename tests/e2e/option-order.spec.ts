import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import { loadContent } from "@/lib/content/load-content";
import { signUpStudent } from "./support/accounts";

// The built-in lessons only (the e2e server also loads a canary fixture lesson).
const { lessons } = loadContent();
const byId = new Map(lessons.flatMap((l) => l.questions.map((q) => [q.id, q] as const)));

const quizOf = (page: Page) => page.getByRole("complementary", { name: "Quiz" });

/** The option ids of the question on screen, in the order shown. */
const shownOrder = (scope: Locator) =>
  scope.locator('input[name="chosen"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));

/** Which question is on screen, by its heading. */
async function currentQuestionId(quiz: Locator, lessonQuestions: { id: string; prompt: string }[]): Promise<string> {
  const prompt = await quiz.locator("h2[id^='q-']").first().innerText();
  return lessonQuestions.find((q) => q.prompt === prompt.trim())!.id;
}

/**
 * A student who always picks the first option shown (for a highlight item: marks only the first
 * sentence of the article; a written answer: "Not sure."), through every built-in lesson. Returns the points scored and each question's order.
 */
async function takeEveryLessonPickingFirst(browser: Browser, name: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signUpStudent(page, name);
  const orders = new Map<string, string[]>();
  let points = 0;
  let questions = 0;
  for (const lesson of lessons) {
    await page.goto(`/lessons/${lesson.id}`);
    const quiz = quizOf(page);
    for (let i = 0; i < lesson.questions.length; i++) {
      await expect(quiz.getByRole("button", { name: /^(Check|Send) answer$/ })).toBeVisible();
      const id = await currentQuestionId(quiz, lesson.questions);
      if (byId.get(id)!.kind === "highlight") {
        // Only the first sentence of the article, marked through the list.
        await quiz
          .getByRole("listbox", { name: "Sentences of the article to mark" })
          .getByRole("option")
          .first()
          .click();
        await quiz.getByRole("button", { name: "Check answer" }).click();
      } else if (byId.get(id)!.kind === "written") {
        // Nothing to pick: the laziest answer a student can write (practice: never scored).
        await quiz.getByLabel("Your answer").fill("Not sure.");
        await quiz.getByRole("button", { name: "Send answer" }).click();
      } else {
        orders.set(id, await shownOrder(quiz));
        await quiz.locator('input[name="chosen"]').first().check();
        await quiz.getByRole("button", { name: "Check answer" }).click();
      }
      await quiz
        .getByRole("button", { name: i === lesson.questions.length - 1 ? "See your results" : "Next question" })
        .click();
    }
    await expect(quiz.getByRole("heading", { name: /Lesson finished/ })).toBeVisible();
    const scored = (await quiz.getByText(/You scored [\d.]+ out of \d+/).innerText()).match(
      /You scored ([\d.]+) out of (\d+)/,
    )!;
    points += Number(scored[1]);
    questions += Number(scored[2]);
  }
  await context.close();
  return { points, questions, orders };
}

test("always picking the first option scores near chance, and two students see different orders", async ({
  browser,
}) => {
  test.setTimeout(600_000);
  const [amy, bob] = await Promise.all([
    takeEveryLessonPickingFirst(browser, "First-Option Amy"),
    takeEveryLessonPickingFirst(browser, "First-Option Bob"),
  ]);
  // Written answers in practice are compared with the model answer, never scored.
  const total = lessons.reduce((n, l) => n + l.questions.filter((q) => q.kind !== "written").length, 0);
  test
    .info()
    .annotations.push({ type: "first-option scores", description: `${amy.points} and ${bob.points} of ${total}` });
  console.log(`first option every time: ${amy.points} and ${bob.points} of ${total}`);
  for (const student of [amy, bob]) {
    expect(student.questions).toBe(total);
    // With every key first in the files, this scored 100 %. By chance (3 or 4 options): about a third.
    expect(student.points / student.questions).toBeLessThan(0.5);
  }
  // Questions whose order is drawn (not highlight sentences or an authored order) mostly differ.
  const drawn = [...amy.orders.keys()].filter((id) => byId.get(id)!.options.some((o) => !o.pinned));
  const differing = drawn.filter((id) => amy.orders.get(id)!.join() !== bob.orders.get(id)!.join());
  expect(drawn.length).toBeGreaterThan(30);
  expect(differing.length / drawn.length).toBeGreaterThan(0.5);
});

test("one student's order holds across reload, resume, the feedback, the form without JavaScript, and is what is stored", async ({
  browser,
}) => {
  const lesson = lessons.find((l) => l.id === "who-said-it")!;
  const context = await browser.newContext();
  const page = await context.newPage();
  await signUpStudent(page, "Steady Order");
  await page.goto(`/lessons/${lesson.id}`);
  const quiz = quizOf(page);
  await expect(quiz.getByRole("heading", { name: lesson.questions[0]!.prompt })).toBeVisible();
  const first = await shownOrder(quiz);

  await page.reload();
  await expect(quiz.getByRole("heading", { name: lesson.questions[0]!.prompt })).toBeVisible();
  expect(await shownOrder(quiz)).toEqual(first);

  // Answered with JavaScript: the locked question under the feedback keeps the order.
  await quiz.locator('input[name="chosen"]').nth(1).check();
  await quiz.getByRole("button", { name: "Check answer" }).click();
  await expect(quiz.getByRole("button", { name: "Next question" })).toBeVisible();
  expect(await shownOrder(quiz)).toEqual(first);
  await quiz.getByRole("button", { name: "Next question" }).click();
  await expect(quiz.getByRole("heading", { name: lesson.questions[1]!.prompt })).toBeVisible();
  const second = await shownOrder(quiz);

  // Resumed later, in a new tab.
  await page.close();
  const later = await context.newPage();
  await later.goto(`/lessons/${lesson.id}`);
  await expect(quizOf(later).getByRole("heading", { name: lesson.questions[1]!.prompt })).toBeVisible();
  expect(await shownOrder(quizOf(later))).toEqual(second);

  // The same session without JavaScript: the plain form shows the same order, and so does its feedback page.
  const noScript = await browser.newContext({ javaScriptEnabled: false, storageState: await context.storageState() });
  const plain = await noScript.newPage();
  await plain.goto(`/lessons/${lesson.id}/quiz`);
  const body = plain.locator("body");
  await expect(body.getByRole("heading", { name: lesson.questions[1]!.prompt })).toBeVisible();
  expect(await shownOrder(body)).toEqual(second);
  await body.locator('input[name="chosen"]').first().check();
  await body.getByRole("button", { name: "Check answer" }).click();
  await expect(body.getByRole("button", { name: "Next question" })).toBeVisible();
  expect(await shownOrder(body)).toEqual(second);
  expect(await body.locator('input[name="chosen"]').first().isChecked()).toBe(true);
  await noScript.close();

  // The stored order is the order shown: the student's own data download.
  const data = (await (await later.request.get("/account/data")).json()) as {
    attempts: { lessonId: string; answers: { questionId: string; shownOrder: string[] | null }[] }[];
  };
  const stored = data.attempts.find((a) => a.lessonId === lesson.id)!.answers;
  expect(stored.find((a) => a.questionId === lesson.questions[0]!.id)!.shownOrder).toEqual(first);
  expect(stored.find((a) => a.questionId === lesson.questions[1]!.id)!.shownOrder).toEqual(second);
  await context.close();
});
