import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { DEMO, signIn } from "./support/accounts";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { ClassPage } from "./support/teaching";

type Export = {
  format: string;
  scope: string;
  account: Record<string, unknown>;
  classes: { name: string }[];
  attempts: { answers: { prompt: string; chosen: { id: string; text: string }[] }[] }[];
};

async function downloadJson(page: Page, link: string): Promise<{ filename: string; data: Export; text: string }> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: link }).click()]);
  const text = await readFile((await download.path())!, "utf8");
  return { filename: download.suggestedFilename(), data: JSON.parse(text) as Export, text };
}

test("a student downloads all their data from the Account page", async ({ page }) => {
  await signIn(page, DEMO.student);
  await page.goto("/account");
  await expect(page.getByRole("heading", { name: "Your data" })).toBeVisible();
  const { filename, data, text } = await downloadJson(page, "Download my data");
  expect(filename).toMatch(/^byline-data-amara-okafor-\d{4}-\d\d-\d\d\.json$/);
  expect(data).toMatchObject({
    format: "byline-student-data",
    scope: "everything",
    account: { name: "Amara Okafor", email: DEMO.student },
  });
  expect(data.classes.length).toBeGreaterThan(0);
  const answers = data.attempts.flatMap((a) => a.answers);
  expect(answers.length).toBeGreaterThan(0);
  expect(answers.every((a) => a.prompt.length > 0 && a.chosen.every((c) => c.text.length > 0))).toBe(true);
  expect(text).not.toMatch(/"(passwordHash|sessionVersion|answer|explanation|feedback)"/);
  expect(text).not.toContain("ben@byline.test");
});

test("the privacy page is linked from the footer, reads without an account and has no accessibility violations", async ({
  page,
}) => {
  await page.goto("/");
  await page
    .getByRole("contentinfo")
    .getByRole("link", { name: /^Privacy/ })
    .click();
  await expect(page).toHaveURL(/\/privacy$/);
  await expect(page.getByRole("heading", { level: 1, name: "Privacy" })).toBeVisible();
  for (const heading of [
    "What Byline keeps",
    "Who can see it",
    "No ads, no trackers",
    "Getting a copy of your data",
    "Having your data erased",
    "How long it is kept",
  ]) {
    await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  }
  await expect(page.getByText("There are no leaderboards")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("a teacher downloads a student's data, then erases the student after typing their name", async ({ page }) => {
  const student = `Zed Erasure ${Date.now() % 100_000}`;
  await signIn(page, DEMO.teacher);
  const classPage = await ClassPage.create(page, "Privacy practice", "Period 9");
  await classPage.addStudents([student]);
  await classPage.reload();
  await classPage.roster().getByRole("link", { name: student }).click();
  await expect(page.getByRole("heading", { level: 1, name: student })).toBeVisible();
  await page.waitForLoadState("networkidle");

  const { data } = await downloadJson(page, `Download ${student}'s data (JSON)`);
  expect(data).toMatchObject({
    scope: "teacher-classes",
    account: { name: student },
    classes: [{ name: "Privacy practice" }],
  });

  await page.getByText(`Erase ${student}'s account and data…`).click();
  const confirm = page.getByLabel(`Type the student's name (${student}) to confirm`);
  const erase = page.getByRole("button", { name: `Erase ${student} and all their data` });
  await confirm.fill("Somebody Else");
  await erase.click();
  await expect(page.getByText(`Type ${student} exactly as shown to confirm.`)).toBeVisible();
  await expect(page.getByText("Nothing was deleted.")).toBeVisible();

  await confirm.fill(student);
  await erase.click();
  await expect(page.getByRole("heading", { level: 1, name: "Student erased" })).toBeVisible();
  await expect(page.getByRole("status")).toContainText("all their data have been erased");
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("link", { name: "Back to Privacy practice" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Privacy practice" })).toBeVisible();
  await expect(classPage.roster().getByRole("link", { name: student })).toHaveCount(0);
});
