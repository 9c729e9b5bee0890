import { expect, type Browser, type Page } from "@playwright/test";
import { DEMO, signIn, signUpStudent, submitSignUp } from "./accounts";

/** An administrator issues an invite; a new teacher signs up with it in their own browser. */
export async function signUpNewTeacher(browser: Browser, name: string, timezoneId: string): Promise<Page> {
  const adminPage = await (await browser.newContext()).newPage();
  await signIn(adminPage, DEMO.admin);
  await adminPage.goto("/admin");
  await adminPage.waitForLoadState("networkidle");
  await adminPage.getByLabel("Who is it for? (optional note)").fill(name);
  await adminPage.getByRole("button", { name: "Create teacher invite" }).click();
  const code = (await adminPage.locator("output").innerText()).trim();
  await adminPage.context().close();

  const teacher = await (await browser.newContext({ timezoneId })).newPage();
  await submitSignUp(teacher, { name, inviteCode: code });
  await expect(teacher.getByRole("heading", { name: `Hello, ${name}` })).toBeVisible();
  return teacher;
}

/** The teacher's class page: what the journeys do there, by role and label. */
export class ClassPage {
  constructor(readonly page: Page) {}

  static async create(page: Page, name: string, section: string): Promise<ClassPage> {
    await page.goto("/teach");
    await expect(page.getByRole("heading", { name: "Your classes" })).toBeVisible();
    await page.waitForLoadState("networkidle");
    await page.getByLabel("Class name").fill(name);
    await page.getByLabel("Subject or section (optional)").fill(section);
    await page.getByRole("button", { name: "Create class" }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    return new ClassPage(page);
  }

  async joinCode(): Promise<string> {
    const section = this.page.getByRole("region", { name: "Join code" });
    return (await section.getByText(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/).innerText()).trim();
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.page.waitForLoadState("networkidle");
  }

  roster() {
    return this.page.getByRole("region", { name: /^Roster/ });
  }

  async assign(lessonTitle: string, due: string): Promise<void> {
    const section = this.page.getByRole("region", { name: "Assignments" });
    await section.getByLabel("Lesson").selectOption({ label: lessonTitle });
    await section.getByLabel("Due").fill(due);
    await section.getByRole("button", { name: "Assign lesson" }).click();
    await expect(section.getByText("Assignment created.")).toBeVisible();
  }

  /** Creates logins from pasted names; returns each name's username and one-time password. */
  async addStudents(names: string[]): Promise<Map<string, { username: string; password: string }>> {
    await this.roster().getByLabel("Students' names, one per line").fill(names.join("\n"));
    await this.roster().getByRole("button", { name: "Create student logins" }).click();
    const sheet = this.page.getByRole("region", { name: /^New student logins/ });
    await expect(sheet.getByRole("row")).toHaveCount(names.length + 1);
    const logins = new Map<string, { username: string; password: string }>();
    for (const name of names) {
      const cells = sheet.getByRole("row").filter({ hasText: name }).getByRole("cell");
      logins.set(name, { username: await cells.nth(1).innerText(), password: await cells.nth(2).innerText() });
    }
    return logins;
  }
}

/** A new teacher with a class and the join code copied; a new student (in Berlin) who joined with it. */
export async function classWithStudent(
  browser: Browser,
  teacherName: string,
  studentName: string,
  zones = { teacher: "America/New_York", student: "Europe/Berlin" },
) {
  const teacherPage = await signUpNewTeacher(browser, teacherName, zones.teacher);
  await teacherPage.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  const classPage = await ClassPage.create(teacherPage, "News Reading", "Period 1");
  await teacherPage.getByRole("button", { name: "Copy code" }).click();
  const copied = await teacherPage.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await classPage.joinCode());

  const student = await (await browser.newContext({ timezoneId: zones.student })).newPage();
  await signUpStudent(student, studentName);
  await student.goto("/join");
  await student.waitForLoadState("networkidle");
  await student.getByLabel("Class code").fill(copied);
  await student.getByRole("button", { name: "Join class" }).click();
  await expect(student.getByText("You joined News Reading (Period 1).")).toBeVisible();
  return { teacherPage, classPage, student };
}
