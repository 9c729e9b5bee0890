import { expect, test, type Page } from "@playwright/test";
import { formatDateTime } from "@/components/ui/format-date-time";
import { loadContent } from "@/lib/content/load-content";
import { chooseRightly, RIGHT_VERDICT } from "./support/answer-rightly";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { classWithStudent } from "./support/teaching";

const { lessons } = loadContent();
const quoting = lessons.find((l) => l.id === "quoting-faithfully")!;
const dates = lessons.find((l) => l.id === "when-it-happened")!;

const TEACHER_ZONE = "America/New_York";
const STUDENT_ZONE = "Europe/Berlin";
const DAY = 86_400_000;

/** A moment as a datetime-local input in this zone takes it ("2026-12-01T23:59"). */
function localInput(moment: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
    })
      .formatToParts(moment)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** Whole minutes, as the form keeps them. */
const minutesFromNow = (ms: number) => new Date(Math.floor((Date.now() + ms) / 60_000) * 60_000);

async function openFromHome(student: Page, title: string) {
  await student.goto("/home");
  await student.getByRole("region", { name: "Your assignments" }).getByRole("link", { name: title }).click();
  await expect(student.getByRole("heading", { level: 1, name: title })).toBeVisible();
}

/** Answers every question with its key, the way a student would, by label. */
async function answerAll(student: Page, lesson: typeof quoting) {
  const quiz = student.getByRole("complementary", { name: "Quiz" });
  for (const [i, question] of lesson.questions.entries()) {
    await expect(quiz.getByRole("heading", { name: question.prompt })).toBeVisible();
    await chooseRightly(quiz, question);
    await quiz.getByRole("button", { name: "Check answer" }).click();
    await expect(quiz.getByRole("heading", { name: RIGHT_VERDICT })).toBeVisible();
    await quiz
      .getByRole("button", { name: i === lesson.questions.length - 1 ? "See your results" : "Next question" })
      .click();
  }
  await expect(quiz.getByRole("heading", { name: "Lesson finished" })).toBeVisible();
}

test("a student joins with the copied code, completes the assignment, and the teacher sees it done", async ({
  browser,
}) => {
  const { teacherPage, classPage, student } = await classWithStudent(browser, "Grace Osei", "Jonas Weber");
  const due = minutesFromNow(5 * DAY);
  await classPage.assign(quoting.title, localInput(due, TEACHER_ZONE));

  // The student's home lists it as to do, with the due date on the student's own clock.
  await student.goto("/home");
  const todo = student.getByRole("region", { name: /^To do/ });
  await expect(todo.getByRole("link", { name: quoting.title })).toBeVisible();
  await expect(todo).toContainText(`News Reading (Period 1) · due ${formatDateTime(due, STUDENT_ZONE)}`);
  await expect(todo).toContainText("Not started");
  await expectNoSeriousA11yViolations(student);

  await openFromHome(student, quoting.title);
  const quiz = student.getByRole("complementary", { name: "Quiz" });
  await expect(quiz.getByText("Assignment · News Reading (Period 1)")).toBeVisible();
  await expectNoSeriousA11yViolations(student);
  await answerAll(student, quoting);

  await student.goto("/home");
  const done = student.getByRole("region", { name: /^Done/ });
  await expect(done).toContainText("Done · best score 100%");
  await expect(done).not.toContainText("late");

  await classPage.reload();
  await expect(classPage.roster().getByRole("row", { name: /Jonas Weber/ })).toContainText("1 of 1 done");
  const listed = teacherPage
    .getByRole("region", { name: "Assignments" })
    .getByRole("listitem")
    .filter({ hasText: quoting.title });
  await expect(listed).toContainText("1 of 1");
  await expectNoSeriousA11yViolations(teacherPage);

  // The student's page shows what was marked for the lesson's two-tier item, and its credit.
  await classPage.roster().getByRole("link", { name: "Jonas Weber" }).click();
  const twoTier = quoting.questions.find((q) => q.markEvidence)!;
  const row = teacherPage.getByRole("row").filter({ hasText: twoTier.prompt });
  await teacherPage
    .locator("summary")
    .filter({ hasText: `${quoting.title}, attempt 1` })
    .click();
  await expect(row).toContainText("Marked in the article:");
  await expect(row).toContainText("Right answer; evidence 100% (score 100%)");
  await expectNoSeriousA11yViolations(teacherPage);
});

test("late work is marked late, and a closed assignment refuses answers with a message", async ({ browser }) => {
  const { teacherPage, classPage, student } = await classWithStudent(browser, "Ines Moreau", "Kai Lindqvist");
  await classPage.assign(quoting.title, localInput(minutesFromNow(-DAY), TEACHER_ZONE));
  await classPage.assign(dates.title, localInput(minutesFromNow(3 * DAY), TEACHER_ZONE));

  // Past the due date: still open to finish, and it says so.
  await student.goto("/home");
  await expect(student.getByRole("region", { name: /^Overdue/ })).toContainText(quoting.title);
  await openFromHome(student, quoting.title);
  await expect(
    student.getByText("The due date has passed: you can still finish, and your work will be marked late."),
  ).toBeVisible();
  await answerAll(student, quoting);
  await student.goto("/home");
  await expect(student.getByRole("region", { name: /^Done/ })).toContainText("Done · best score 100% · handed in late");
  await classPage.reload();
  await expect(classPage.roster().getByRole("row", { name: /Kai Lindqvist/ })).toContainText("1 late");

  // The student starts the other one; the teacher closes it while the next question is on screen.
  await openFromHome(student, dates.title);
  const quiz = student.getByRole("complementary", { name: "Quiz" });
  const [first, second] = dates.questions;
  for (const id of first!.answer)
    await quiz.getByLabel(first!.options.find((o) => o.id === id)!.text, { exact: true }).check();
  await quiz.getByRole("button", { name: "Check answer" }).click();
  await quiz.getByRole("button", { name: "Next question" }).click();
  await expect(quiz.getByRole("heading", { name: second!.prompt })).toBeVisible();

  await teacherPage.getByRole("button", { name: `Close ${dates.title}` }).click();
  await expect(
    teacherPage.getByRole("region", { name: "Assignments" }).getByRole("listitem").filter({ hasText: dates.title }),
  ).toContainText("Closed");

  await quiz.getByLabel(second!.options[0]!.text, { exact: true }).check();
  await quiz.getByRole("button", { name: "Check answer" }).click();
  await expect(quiz.getByRole("alert")).toContainText(
    "Your teacher has closed this assignment, so it no longer takes answers.",
  );

  await student.reload();
  await expect(quiz.getByText(/Your teacher closed this assignment on/)).toBeVisible();
  await expect(
    quiz.getByText("You answered 1 of 9 questions before the assignment closed.", { exact: false }),
  ).toBeVisible();
  await expect(quiz.getByRole("button", { name: "Check answer" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(student);
});
