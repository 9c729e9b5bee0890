import { expect, test } from "@playwright/test";
import { DEMO, NEW_STUDENT_PASSWORD, signIn, signUpStudent, submitSignIn, uniqueEmail } from "./support/accounts";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { ClassPage, signUpNewTeacher } from "./support/teaching";

const LESSON_TITLE = "Who said it? Speakers in two articles";

test("a teacher runs a class: join code, roster, an assignment with a due date, and logins for young students", async ({
  browser,
}) => {
  // The teacher is in Los Angeles: dates are typed and shown on that clock.
  const teacherPage = await signUpNewTeacher(browser, "Rosa Delgado", "America/Los_Angeles");
  await teacherPage.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  const classPage = await ClassPage.create(teacherPage, "Media Literacy", "Period 5");
  const code = await classPage.joinCode();
  await teacherPage.getByRole("button", { name: "Copy code" }).click();
  await expect(teacherPage.getByText("Copied.")).toBeVisible();
  expect(await teacherPage.evaluate(() => navigator.clipboard.readText())).toBe(code);

  // A signed-in student joins with the code, typed without the dash and in lower case.
  const student = await (await browser.newContext()).newPage();
  await signUpStudent(student, "Nia Brooks");
  await student.goto("/join");
  await student.waitForLoadState("networkidle");
  await expectNoSeriousA11yViolations(student);
  await student.getByLabel("Class code").fill(code.replace("-", "").toLowerCase());
  await student.getByRole("button", { name: "Join class" }).click();
  await expect(student.getByText("You joined Media Literacy (Period 5).")).toBeVisible();

  // Another signs up on the spot from the join link.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/join?code=${code}`);
  await visitor.waitForLoadState("networkidle");
  await expectNoSeriousA11yViolations(visitor);
  await expect(visitor.getByLabel("Class code")).toHaveValue(code);
  await visitor.getByLabel("Your name").fill("Theo Park");
  await visitor.getByLabel("Email").fill(uniqueEmail("theo"));
  await visitor.getByLabel("Password").fill(NEW_STUDENT_PASSWORD);
  await visitor.getByLabel(/I am 13 or older/).check();
  await visitor.getByRole("button", { name: "Create account and join" }).click();
  await expect(visitor.getByRole("heading", { name: "Hello, Theo Park" })).toBeVisible();

  await classPage.reload();
  for (const name of ["Nia Brooks", "Theo Park"])
    await expect(classPage.roster().getByRole("rowheader", { name })).toBeVisible();

  await classPage.assign(LESSON_TITLE, "2026-12-01T23:59");
  const assignment = teacherPage
    .getByRole("region", { name: "Assignments" })
    .getByRole("listitem")
    .filter({ hasText: LESSON_TITLE });
  await expect(assignment).toContainText("Dec 1, 2026, 11:59 PM");
  await expect(assignment).toContainText("0 of 2");

  const logins = await classPage.addStudents(["Lily Tran", "Omar Haddad"]);
  expect(logins.get("Lily Tran")?.username).toMatch(/^lily\.tran\d*$/);
  expect(logins.get("Omar Haddad")?.username).toMatch(/^omar\.haddad\d*$/);
  await expect(teacherPage.getByText("Created 2 student logins.")).toBeVisible();
  // The page is one file for every class, its figures fetched again after each form: the roster
  // grows in place while the sheet of new passwords (shown once) stays.
  await expect(classPage.roster().getByRole("rowheader")).toHaveCount(4);
  await expect(teacherPage.getByRole("region", { name: /^New student logins/ })).toContainText(
    logins.get("Lily Tran")!.password,
  );
  const file = await (await teacherPage.request.get(teacherPage.url())).text();
  expect(file).toContain("Loading the class…");
  expect(file).not.toContain("Lily Tran");
  expect(file).not.toContain(code);
  await expectNoSeriousA11yViolations(teacherPage);

  // The roster now lists the young students too (the sheet stays until the page is left).
  await classPage.reload();
  await expect(classPage.roster().getByRole("rowheader")).toHaveCount(4);
  await expect(teacherPage.getByRole("region", { name: /^New student logins/ })).toHaveCount(0);

  const young = await (await browser.newContext()).newPage();
  const lily = logins.get("Lily Tran")!;
  await submitSignIn(young, lily.username, lily.password);
  await expect(young.getByRole("heading", { name: "Hello, Lily Tran" })).toBeVisible();

  // A student's page holds their account: Omar forgot his password, then moves to another class.
  await classPage.roster().getByRole("link", { name: "Omar Haddad" }).click();
  await expect(teacherPage.getByRole("heading", { level: 1, name: "Omar Haddad" })).toBeVisible();
  await teacherPage.waitForLoadState("networkidle");
  await teacherPage.getByRole("button", { name: "Reset password for Omar Haddad" }).click();
  const newPassword = (await teacherPage.locator("output").textContent())!.trim();
  expect(newPassword).not.toBe(logins.get("Omar Haddad")!.password);
  const omar = await (await browser.newContext()).newPage();
  await submitSignIn(omar, logins.get("Omar Haddad")!.username, newPassword);
  await expect(omar.getByRole("heading", { name: "Hello, Omar Haddad" })).toBeVisible();
  await expectNoSeriousA11yViolations(teacherPage);

  await teacherPage.getByText("Remove Omar Haddad from the class…").click();
  await teacherPage.getByRole("button", { name: "Yes, remove Omar Haddad" }).click();
  await expect(teacherPage.getByRole("heading", { level: 1, name: "Media Literacy" })).toBeVisible();
  await expect(classPage.roster().getByRole("rowheader")).toHaveCount(3);
  await expect(classPage.roster().getByRole("rowheader", { name: "Omar Haddad" })).toHaveCount(0);
});

test("a teacher may reset and erase a login they made, but not the account of a student who signed up on their own", async ({
  browser,
  page,
}) => {
  const suffix = Date.now() % 100_000;
  const className = `Credentials ${suffix}`;
  const made = `Ivy Made ${suffix}`;
  const own = `Jon Own ${suffix}`;
  await signIn(page, DEMO.teacher);
  const classPage = await ClassPage.create(page, className, "Period 3");
  const classUrl = page.url();
  const code = await classPage.joinCode();

  const student = await (await browser.newContext()).newPage();
  await signUpStudent(student, own);
  await student.goto("/join");
  await student.waitForLoadState("networkidle");
  await student.getByLabel("Class code").fill(code);
  await student.getByRole("button", { name: "Join class" }).click();
  await expect(student.getByText(`You joined ${className} (Period 3).`)).toBeVisible();

  await classPage.addStudents([made]);
  await classPage.reload();

  // The login this teacher made: the reset button and the erase form are there.
  await classPage.roster().getByRole("link", { name: made }).click();
  await expect(page.getByRole("heading", { level: 1, name: made })).toBeVisible();
  await expect(page.getByRole("button", { name: `Reset password for ${made}` })).toBeVisible();
  await expect(page.getByText(`Erase ${made}'s account and data…`)).toBeVisible();

  // A student with their own email: no reset button, no erase form, and a sentence saying why.
  await page.goto(classUrl);
  await page.waitForLoadState("networkidle");
  await classPage.roster().getByRole("link", { name: own }).click();
  await expect(page.getByRole("heading", { level: 1, name: own })).toBeVisible();
  const account = page.getByRole("region", { name: "Account and class" });
  await expect(
    account.getByText(`${own} signs in with their own email: only they can change their password.`, { exact: false }),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: /^Reset password/ })).toHaveCount(0);
  await expect(
    page.getByText(`${own} signed up with their own email, so only an administrator can erase this account.`),
  ).toBeVisible();
  await expect(page.getByText(`Erase ${own}'s account and data…`)).toHaveCount(0);
  await expect(page.getByRole("button", { name: `Erase ${own} and all their data` })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
});

test("a teacher who opens a join link is told the codes are for students", async ({ page }) => {
  await submitSignIn(page, "teacher@byline.test", "byline-demo");
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await page.goto("/join?code=DEMO-7K3Q");
  await expect(page.getByText("Class codes are for students.")).toBeVisible();
  await expect(page.getByLabel("Class code")).toHaveCount(0);
});

test("an administrator opens a teacher's class page and is told whose class it is", async ({ browser }) => {
  const teacher = await (await browser.newContext()).newPage();
  await signIn(teacher, DEMO.teacher);
  await teacher.goto("/teach");
  await teacher.getByRole("link", { name: "Media Literacy" }).first().click();
  await expect(teacher.getByRole("heading", { level: 1, name: "Media Literacy" })).toBeVisible();
  // The prerendered page draws the viewer's role from its figures' answer: the class's own teacher
  // is not told their own name.
  await expect(teacher.getByText(/teacher: /)).toHaveCount(0);

  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, DEMO.admin);
  await admin.goto(teacher.url());
  await expect(admin.getByRole("heading", { level: 1, name: "Media Literacy" })).toBeVisible();
  await expect(admin.getByText("teacher: Tomás Rivera")).toBeVisible();
});

test("a teacher changes a class's settings on its page, each change drawn in place", async ({ browser }) => {
  const page = await signUpNewTeacher(browser, "Ines Costa", "Europe/Lisbon");
  const classPage = await ClassPage.create(page, "Civics", "Period 2");
  const joinCode = page.getByRole("region", { name: "Join code" });
  const code = await classPage.joinCode();

  // Keyboard only: joining off, then a new code.
  await joinCode.getByRole("button", { name: "Turn joining off" }).focus();
  await page.keyboard.press("Enter");
  await expect(joinCode.getByText("Joining is off: this code is refused.")).toBeVisible();
  await expect(joinCode.getByRole("button", { name: "Turn joining on" })).toBeVisible();
  await joinCode.getByRole("button", { name: "Replace the code" }).click();
  await expect(
    joinCode.getByText(/^New join code: [A-Z0-9]{4}-[A-Z0-9]{4}\. The old code no longer works\.$/),
  ).toBeVisible();
  expect(await classPage.joinCode()).not.toBe(code);

  const details = page.getByRole("region", { name: "Class details" });
  await details.getByLabel("Class name").fill("Civics and Media");
  await details.getByRole("button", { name: "Save details" }).click();
  await expect(details.getByText("Class details saved.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Civics and Media" })).toBeVisible();

  await details.getByRole("button", { name: "Archive the class" }).click();
  await expect(details.getByText("Class archived. It no longer takes new students.")).toBeVisible();
  await expect(joinCode.getByText("The class is archived: nobody can join it.")).toBeVisible();
  await expect(page.getByText("Archived", { exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // What the page drew is what is stored.
  await classPage.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Civics and Media" })).toBeVisible();
  await expect(details.getByRole("button", { name: "Restore the class" })).toBeVisible();
  await details.getByRole("button", { name: "Restore the class" }).click();
  await expect(details.getByText("Class restored.")).toBeVisible();
  await expect(joinCode.getByText("Joining is off: this code is refused.")).toBeVisible();
});
