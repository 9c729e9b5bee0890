import { expect, test } from "@playwright/test";
import { signUpStudent } from "./support/accounts";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { FERRY_FIXTURE, HOSTILE_FIXTURE, ImportPage, takeWholeLesson } from "./support/lesson-review";
import { ClassPage, signUpNewTeacher } from "./support/teaching";

const TITLE = "Harbour council votes to close the old ferry pier";
const CHROME_LEFT_IN = "Listen to this article · 4 min";
const EDITED_PROMPT = "Who told reporters that the pier is no longer safe for passengers?";

test("a teacher imports an article, fixes the clean-up, edits a suggestion, publishes and assigns it; a student takes it", async ({
  browser,
}) => {
  // The whole journey, two accounts and a dozen questions: longer than one page's test.
  test.setTimeout(180_000);
  const teacher = await signUpNewTeacher(browser, "Noor Haddad", "Europe/London");
  const classPage = await ClassPage.create(teacher, "Media Studies", "Year 10");
  const joinCode = await classPage.joinCode();
  const classUrl = teacher.url();

  const importer = await ImportPage.open(teacher);
  await expectNoSeriousA11yViolations(teacher);
  await importer.paste(FERRY_FIXTURE);
  // The clean-up took the page chrome it knows and kept the metadata; one line of chrome slipped through.
  await expect(importer.detail("Headline")).toHaveValue(TITLE);
  await expect(teacher.getByLabel("Author", { exact: true })).toHaveValue("Maya Lindgren");
  await expect(teacher.getByLabel("Publication date")).toHaveValue("2026-11-20");
  await teacher.getByText(/^Taken out as page chrome/).click();
  await expect(teacher.getByRole("listitem").filter({ hasText: "Subscribe to our newsletter" })).toBeVisible();
  const cleaned = await importer.cleanedText().inputValue();
  expect(cleaned).not.toContain(TITLE);
  expect(cleaned).toContain(CHROME_LEFT_IN);
  await importer.cleanedText().fill(cleaned.replace(`${CHROME_LEFT_IN}\n\n`, ""));
  await expectNoSeriousA11yViolations(teacher);
  await importer.save({ outlet: "Harbour Times", genre: "News report" });
  await expect(teacher.getByText("Draft: students cannot see it yet")).toBeVisible();
  await expectNoSeriousA11yViolations(teacher);

  // Edit the first suggestion: a speaker question.
  const questions = teacher.getByRole("region", { name: "Questions" });
  const first = questions.getByRole("listitem").first();
  await first.getByText(/^1\. Speaker:/).click();
  const form = first.getByRole("form", { name: /^Edit question/ });
  // The key is among the options, at a place drawn for the question (not always first).
  const options = await form
    .getByRole("textbox", { name: /^Option \d+$/ })
    .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  expect(options).toContain("Elena Ruiz");
  await form.getByLabel("Question", { exact: true }).fill(EDITED_PROMPT);
  await form
    .getByLabel("Evidence: passages from the article, one per line")
    .fill("The pier is no longer safe for passengers, Mayor Elena Ruiz said.");
  await form.getByRole("button", { name: "Save question" }).click();
  await expect(form.getByText(/is not in the article word for word/)).toBeVisible();
  await expect(form.getByLabel("Question", { exact: true })).toHaveValue(EDITED_PROMPT);
  await form
    .getByLabel("Evidence: passages from the article, one per line")
    .fill('"The pier is no longer safe for passengers," Mayor Elena Ruiz told reporters after the vote.');
  await form.getByRole("button", { name: "Save question" }).click();
  await expect(form.getByText("Question saved.")).toBeVisible();
  await expect(first.getByText(`1. Speaker: ${EDITED_PROMPT}`)).toBeVisible();

  // The preview shows the corrected article and the edited question, and no key.
  await teacher.getByRole("link", { name: "Preview as a student" }).click();
  await expect(teacher.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  await expect(teacher.getByRole("article")).not.toContainText(CHROME_LEFT_IN);
  await expect(teacher.getByRole("group", { name: `1. ${EDITED_PROMPT}` })).toBeVisible();
  await expect(teacher.getByText("Right.")).toHaveCount(0);
  await expectNoSeriousA11yViolations(teacher);
  await teacher.getByRole("link", { name: "Back to the review" }).click();

  await teacher.getByRole("button", { name: "Publish to my classes" }).click();
  await expect(teacher.getByText(/^Published: \d+ questions\./)).toBeVisible();

  await teacher.goto(classUrl);
  await teacher.waitForLoadState("networkidle");
  await classPage.assign(`${TITLE} (teacher's lesson)`, "2030-01-15T17:00");

  const student = await (await browser.newContext()).newPage();
  await signUpStudent(student, "Lea Novak");
  await student.goto("/join");
  await student.waitForLoadState("networkidle");
  await student.getByLabel("Class code").fill(joinCode);
  await student.getByRole("button", { name: "Join class" }).click();
  await expect(student.getByText("You joined Media Studies (Year 10).")).toBeVisible();
  await student.goto("/home");
  await student.getByRole("region", { name: "Your assignments" }).getByRole("link", { name: TITLE }).click();
  await expect(student.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  await expect(student.getByRole("article")).not.toContainText(CHROME_LEFT_IN);
  const quiz = student.getByRole("complementary", { name: "Quiz" });
  await expect(quiz.getByRole("heading", { name: EDITED_PROMPT })).toBeVisible();
  await expectNoSeriousA11yViolations(student);
  await quiz.getByLabel("Elena Ruiz", { exact: true }).check();
  await quiz.getByRole("button", { name: "Check answer" }).click();
  await expect(quiz.getByRole("heading", { name: "Correct" })).toBeVisible();
  await expect(student.locator("article").first()).toContainText("Mayor Elena Ruiz told reporters after the vote");
  await quiz.getByRole("button", { name: "Next question" }).click();
  expect(await takeWholeLesson(student)).toBeGreaterThan(0);

  await classPage.reload();
  await expect(classPage.roster().getByRole("row", { name: /Lea Novak/ })).toContainText("1 of 1 done");
});

test("a hostile HTML page injects nothing: not in the clean-up, the review or the lesson", async ({ browser }) => {
  const teacher = await signUpNewTeacher(browser, "Omar Said", "UTC");
  const dialogs: string[] = [];
  teacher.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const requests: string[] = [];
  teacher.on("request", (r) => requests.push(r.url()));
  const pwned = () => teacher.evaluate(() => (window as unknown as { __pwned?: string }).__pwned ?? null);

  const importer = await ImportPage.open(teacher);
  await importer.upload(HOSTILE_FIXTURE);
  await expect(importer.cleanedText()).toBeVisible();
  await expect(teacher.getByRole("status").filter({ hasText: /script/ })).toBeVisible();
  const cleaned = await importer.cleanedText().inputValue();
  expect(cleaned).toContain("Dock workers at the port of Eastham");
  expect(cleaned).not.toMatch(/onerror|onclick|javascript:|evil\.example/);
  // The page's <h1>, kept out of the text.
  await expect(importer.detail("Headline")).toHaveValue("Port workers vote to strike");
  expect(cleaned.startsWith("Port workers vote to strike")).toBe(false);
  await importer.save({ outlet: "Eastham News", genre: "News report" });

  await teacher.getByRole("link", { name: "Preview as a student" }).click();
  const article = teacher.getByRole("article");
  await expect(article).toContainText(
    "Writing <script>window.__pwned = 'escaped'</script> in an article is text, and stays text.",
  );
  expect(await article.locator("script, img, iframe, svg, form, [onclick], [onerror]").count()).toBe(0);
  expect(await pwned()).toBeNull();
  expect(dialogs).toEqual([]);
  expect(requests.filter((u) => u.includes("evil.example"))).toEqual([]);
});

test("a teacher deletes a lesson they drafted by mistake, after ticking the box", async ({ browser }) => {
  const teacher = await signUpNewTeacher(browser, "Ines Carvalho", "Europe/Lisbon");
  const importer = await ImportPage.open(teacher);
  await importer.paste(FERRY_FIXTURE);
  await importer.save({ outlet: "Harbour Times", genre: "News report" });
  const reviewUrl = teacher.url();

  await teacher.getByText("Delete this lesson").click();
  const remove = teacher.getByRole("button", { name: "Delete lesson" });
  await remove.click();
  await expect(teacher.getByText("Tick the box to confirm that the lesson should be deleted.")).toBeVisible();
  await expect(teacher).toHaveURL(reviewUrl);
  await expectNoSeriousA11yViolations(teacher);

  await teacher.getByLabel(`Yes, delete “${TITLE}”`).check();
  await remove.click();
  await expect(teacher).toHaveURL(/\/teach\?deleted=lesson$/);
  await expect(teacher.getByText("Lesson deleted.")).toBeVisible();
  await expect(teacher.getByRole("region", { name: "Your lessons" }).getByText(TITLE)).toHaveCount(0);
  // The review page of a deleted lesson is gone, not an error.
  await teacher.goto(reviewUrl);
  await expect(teacher.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
});
