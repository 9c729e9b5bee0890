import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { classWithStudent } from "./support/teaching";

// The canary written lesson (tests/fixtures/canary-content): a written question (two-tier, its
// evidence "Bloomberg reported on Nov. 23."), then a multiple-choice one keyed "The article does not say whose".
const TITLE = "Canary written lesson (test fixture)";
const PROMPT = "How does the Kyiv Independent know about the secret talks? Say it in a sentence or two.";
const ANSWER = "It relays Bloomberg. The article never says who Bloomberg's sources were.";
const COMMENT = "Good: now say what you would check.";
const ANY_CANARY = /CANARY-[A-Z-]+-[0-9a-f]{4}/;

const quizOf = (page: Page) => page.getByRole("complementary", { name: "Quiz" });

test("a written answer goes to the teacher, is scored in the queue by keyboard, and every view shows it", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const { teacherPage, classPage, student } = await classWithStudent(browser, "Rosa Lindgren", "Tomás Arce");
  const due = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
  await classPage.assign(TITLE, `${due}T23:59`);

  // The student answers in writing. Until they send it, nothing holds the model answer or rubric.
  const received: string[] = [];
  student.on("response", async (r) => received.push(await r.text().catch(() => "")));
  await student.goto("/home");
  await student.getByRole("region", { name: "Your assignments" }).getByRole("link", { name: TITLE }).click();
  const quiz = quizOf(student);
  await expect(quiz.getByRole("heading", { name: PROMPT })).toBeVisible();
  await student.waitForLoadState("networkidle");
  expect(received.filter((body) => ANY_CANARY.test(body))).toEqual([]);
  await expectNoSeriousA11yViolations(student);

  // An empty answer is not sent.
  await quiz.getByRole("button", { name: "Send answer" }).click();
  await expect(quiz.getByRole("heading", { name: /awaiting review/ })).toHaveCount(0);
  await quiz.getByLabel("Your answer").fill(ANSWER);
  // The evidence, marked sentence by sentence from the keyboard.
  const sentences = quiz.getByRole("listbox", { name: "Sentences of the article to mark" });
  await sentences.getByRole("option", { name: /Bloomberg reported on Nov\. 23\./ }).click();
  await quiz.getByRole("button", { name: "Send answer" }).click();
  await expect(quiz.getByRole("heading", { name: "Sent to your teacher: awaiting review" })).toBeVisible();
  await expect(quiz.getByText("CANARY-MODEL-ANSWER-5e6f")).toBeVisible();
  await expect(quiz.getByRole("textbox", { name: "Your answer" })).toHaveValue(ANSWER);
  await expect(quiz.getByRole("textbox", { name: "Your answer" })).toBeDisabled();
  await quiz.getByRole("button", { name: "Next question" }).click();
  await quiz.getByLabel("The article does not say whose").check();
  await quiz.getByRole("button", { name: "Check answer" }).click();
  await quiz.getByRole("button", { name: "See your results" }).click();
  await expect(quiz.getByText("You scored 1 out of 1 scored question.")).toBeVisible();
  await expect(quiz.getByText("Question 1: awaiting your teacher's review")).toBeVisible();

  // The class report counts what is scored and says what awaits review.
  const classPath = new URL(teacherPage.url()).pathname;
  await teacherPage.goto(`${classPath}/report`);
  const reportRow = teacherPage.getByRole("row", { name: new RegExp(`^${TITLE.replace(/[()]/g, "\\$&")}`) });
  await expect(reportRow).toContainText("100%");
  await expect(reportRow.getByRole("link", { name: "1 answer awaiting review" })).toBeVisible();

  // The teacher sees it first on the class page, and scores it in the queue with the keyboard only.
  await teacherPage.goto(classPath);
  const toReview = teacherPage.getByRole("region", { name: /^To review/ });
  await expect(toReview).toContainText("To review: 1 written answer");
  await toReview.getByRole("link", { name: `Review ${TITLE} (1)` }).click();
  await expect(teacherPage.getByRole("heading", { level: 1, name: `Review written answers: ${TITLE}` })).toBeVisible();
  await expect(teacherPage.getByText(ANSWER)).toBeVisible();
  await expect(teacherPage.locator("mark").filter({ hasText: "Bloomberg reported on Nov. 23." })).toBeVisible();
  await expect(teacherPage.getByText("CANARY-RUBRIC-EMERGING-9c0d")).toBeVisible();
  await teacherPage.waitForLoadState("networkidle");
  await expectNoSeriousA11yViolations(teacherPage);
  // Enter keeps its own meaning outside the form: on the folded model answer it opens it, saving nothing.
  await teacherPage.locator("summary", { hasText: "Model answer and the evidence" }).focus();
  await teacherPage.keyboard.press("Enter");
  await expect(teacherPage.getByText("CANARY-MODEL-ANSWER-5e6f")).toBeVisible();
  await expect(teacherPage.getByRole("status")).toHaveCount(0);
  await teacherPage.locator("body").press("2");
  await expect(teacherPage.getByRole("radio", { name: /^Emerging/ })).toBeChecked();
  await expect(teacherPage.getByRole("radio", { name: /^Emerging/ })).toBeFocused();
  await teacherPage.keyboard.press("c");
  await expect(teacherPage.getByLabel("Comment for the student (optional)")).toBeFocused();
  await teacherPage.keyboard.type(COMMENT);
  await teacherPage.keyboard.press("Control+Enter");
  await expect(teacherPage.getByRole("status")).toContainText("Saved: Tomás Arce, Emerging.");
  await expect(teacherPage.getByText("Nothing awaits review")).toBeVisible();

  // The student sees the level and the comment.
  await student.reload();
  await expect(
    quiz.getByText(`Question 1: Emerging (scored by your teacher). Your teacher's comment: “${COMMENT}”`),
  ).toBeVisible();
  await expect(quiz.getByText("You scored 1.5 out of 2.")).toBeVisible();

  // The assignment report, the teacher's view of the student, and both CSVs.
  await teacherPage.getByRole("link", { name: "Assignment report" }).click();
  const grid = teacherPage.getByRole("table", { name: /^Answers by student/ });
  await expect(grid.getByRole("row", { name: /^Tomás Arce/ })).toContainText("75%");
  await expect(grid.getByRole("link", { name: "Emerging" })).toBeVisible();
  await grid.getByRole("link", { name: "Tomás Arce" }).click();
  await teacherPage
    .locator("summary")
    .filter({ hasText: `${TITLE}, attempt 1` })
    .click();
  const row = teacherPage.getByRole("row").filter({ hasText: PROMPT });
  await expect(row).toContainText(ANSWER);
  await expect(row).toContainText("Emerging");
  await expect(row).toContainText(COMMENT);

  await teacherPage.goto(`${new URL(teacherPage.url()).pathname.split("/students/")[0]}/report`);
  const [answersFile] = await Promise.all([
    teacherPage.waitForEvent("download"),
    teacherPage.getByRole("link", { name: "Download every answer (CSV)" }).click(),
  ]);
  const answers = parse(await readFile((await answersFile.path())!), { bom: true, columns: true }) as Record<
    string,
    string
  >[];
  expect(answers.find((r) => r.question_id === "canary-written-source")).toMatchObject({
    response: ANSWER,
    awaiting_review: "false",
    review_level: "emerging",
    review_comment: COMMENT,
    score: "0.5",
  });
  const [scoresFile] = await Promise.all([
    teacherPage.waitForEvent("download"),
    teacherPage.getByRole("link", { name: "Download scores per student (CSV)" }).click(),
  ]);
  const scores = parse(await readFile((await scoresFile.path())!), { bom: true }) as string[][];
  const column = scores[0]!.findIndex((h) => h.startsWith(TITLE) && h.endsWith("score %"));
  expect(scores.find((r) => r[0] === "Tomás Arce")!.slice(column, column + 2)).toEqual(["75", "done"]);
});

test("without JavaScript: the written answer is sent, and the teacher scores it, a missing level refused", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const { teacherPage, classPage, student } = await classWithStudent(browser, "Nadia Brun", "Piet Smit");
  const due = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
  await classPage.assign(TITLE, `${due}T23:59`);
  const noScript = async (page: Page) =>
    (
      await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() })
    ).newPage();

  // The student: the plain form post, then the result page with the model answer.
  const pupil = await noScript(student);
  await pupil.goto("/home");
  await pupil.getByRole("region", { name: "Your assignments" }).getByRole("link", { name: TITLE }).click();
  // The lesson page is prerendered; without JavaScript its link opens the quiz, as this assignment.
  await pupil.getByRole("link", { name: "Take the quiz" }).click();
  await expect(pupil).toHaveURL(/\/quiz\?assignment=/);
  await expect(pupil.getByRole("heading", { name: PROMPT })).toBeVisible();
  await pupil.getByLabel("Your answer").fill(ANSWER);
  await pupil.getByRole("checkbox", { name: /Bloomberg reported on Nov\. 23\./ }).check();
  await pupil.getByRole("button", { name: "Send answer" }).click();
  await expect(pupil.getByRole("heading", { name: "Sent to your teacher: awaiting review" })).toBeVisible();
  await expect(pupil.getByText("CANARY-MODEL-ANSWER-5e6f")).toBeVisible();
  await pupil.getByRole("button", { name: "Next question" }).click();
  await pupil.getByLabel("The article does not say whose").check();
  await pupil.getByRole("button", { name: "Check answer" }).click();
  await pupil.getByRole("button", { name: "See your results" }).click();
  await expect(pupil.getByText("Question 1: awaiting your teacher's review")).toBeVisible();

  // The teacher: no level chosen is refused with the reason; then Mastery is saved.
  const desk = await noScript(teacherPage);
  await desk.goto(new URL(classPage.page.url()).pathname);
  // The class page is a file whose figures a script fetches; without one, it links to the page
  // the server renders.
  await desk.getByRole("link", { name: "Open the class page" }).click();
  await desk.getByRole("link", { name: `Review ${TITLE} (1)` }).click();
  await expect(desk.getByText(ANSWER)).toBeVisible();
  await desk.getByLabel("Comment for the student (optional)").fill(COMMENT);
  await desk.getByRole("button", { name: "Save and next" }).click();
  await expect(desk.getByText("Choose a level: Beginning, Emerging or Mastery.")).toBeVisible();
  await expect(desk.getByLabel("Comment for the student (optional)")).toHaveValue(COMMENT);
  await desk.getByRole("radio", { name: /^Mastery/ }).check();
  await desk.getByRole("button", { name: "Save and next" }).click();
  await expect(desk.getByRole("status")).toContainText("Saved: Piet Smit, Mastery.");

  await pupil.reload();
  await expect(
    pupil.getByText(`Question 1: Mastery (scored by your teacher). Your teacher's comment: “${COMMENT}”`),
  ).toBeVisible();
});
