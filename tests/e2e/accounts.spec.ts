import { expect, test } from "@playwright/test";
import { DEMO, DEMO_PASSWORD, signIn, submitSignIn, submitSignUp, uniqueEmail } from "./support/accounts";
import { expectNoSeriousA11yViolations } from "./support/axe";

test("a new student signs up and lands on their home page", async ({ page }) => {
  await page.goto("/sign-up");
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel("Your name").fill("Rosa Student");
  await page.getByLabel("Email").fill(uniqueEmail("rosa"));
  await page.getByLabel("Password").fill("a-long-password-1");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Confirm that you are 13 or older")).toBeVisible();
  await page.getByLabel(/I am 13 or older/).check();
  await page.getByLabel("Password").fill("a-long-password-1");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/home$/);
  await expect(page.getByRole("heading", { name: "Hello, Rosa Student" })).toBeVisible();
});

test("the demo teacher signs in and sees the answer keys", async ({ page }) => {
  await page.goto("/teach");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fteach$/);
  await page.getByLabel("Email or username").fill(DEMO.teacher);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/teach$/);
  await expect(page.getByRole("heading", { name: "Lesson catalogue" })).toBeVisible();
  await page
    .getByRole("link", { name: /^Answer key for/ })
    .first()
    .click();
  await expect(page.getByRole("heading", { name: /^Answer key:/ })).toBeVisible();
  await expect(page.getByText("Correct:").first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("a wrong password shows a clear message and does not sign in", async ({ page }) => {
  await submitSignIn(page, DEMO.student, "not-the-password");
  await expect(page.getByText("That email or username and password don't match")).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
});

test("a student signs in and is refused the teacher-only pages", async ({ page }) => {
  await signIn(page, DEMO.student);
  await expect(page.getByRole("heading", { name: "Hello, Amara Okafor" })).toBeVisible();
  const response = await page.goto("/teach/lessons/who-reported-what");
  expect(response?.ok() || response?.status() === 403).toBeTruthy();
  await expect(page.getByRole("heading", { name: "This page is not for your account" })).toBeVisible();
  await expect(page.getByText("Correct:")).toHaveCount(0);
  const html = await (await page.request.get("/teach/lessons/who-reported-what")).text();
  expect(html).not.toContain("Misconception:");
});

test("a young student signs in with a username", async ({ page }) => {
  await signIn(page, DEMO.youngStudent);
  await expect(page.getByRole("heading", { name: "Hello, Dev Kumar" })).toBeVisible();
});

test("signing out ends the session", async ({ page }) => {
  await signIn(page, DEMO.student);
  await expect(page.getByRole("heading", { name: /^Hello/ })).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign in" })).toBeVisible();
  // Nothing in flight (a prefetch through the proxy, say) may bring the session cookie back.
  await page.waitForLoadState("networkidle");
  expect((await page.context().cookies()).filter((c) => c.name.includes("session-token"))).toEqual([]);
  await page.goto("/home");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fhome/);
});

test("signing out on the landing page, where the sign-out lands again, ends the session too", async ({ page }) => {
  await signIn(page, DEMO.student);
  await page.goto("/");
  const menu = page.getByRole("navigation", { name: "Main" });
  await menu.getByRole("button", { name: "Sign out" }).click();
  // Shown only once the server has ended the session and the menu asked again.
  await expect(menu.getByRole("link", { name: "Sign in" })).toBeVisible();
  expect((await page.context().cookies()).filter((c) => c.name.includes("session-token"))).toEqual([]);
  await page.goto("/progress");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fprogress/);
});

test("an admin issues a teacher invite and a new teacher signs up with it", async ({ page, browser }) => {
  await signIn(page, DEMO.admin);
  await page.goto("/admin");
  // Wait for hydration: a server-action form posted before it falls back to a plain post, which
  // Next 16.4.5 answers without the page shell when Cache Components are on (see the quiz's plain endpoint).
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Who is it for? (optional note)").fill("Ms. Park, history");
  await page.getByRole("button", { name: "Create teacher invite" }).click();
  const code = (await page.locator("output").innerText()).trim();
  expect(code).toMatch(/^TEACH-[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  await expect(page.getByRole("cell", { name: "Ms. Park, history", exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const teacher = await (await browser.newContext()).newPage();
  await submitSignUp(teacher, { name: "Grace Park", inviteCode: code.toLowerCase() });
  await expect(teacher.getByRole("heading", { name: "Hello, Grace Park" })).toBeVisible();
  await teacher.goto("/teach");
  await expect(teacher.getByRole("heading", { name: "Lesson catalogue" })).toBeVisible();

  // The code is spent: nobody else becomes a teacher with it.
  const other = await (await browser.newContext()).newPage();
  await submitSignUp(other, { name: "Someone Else", inviteCode: code });
  await expect(other.getByText("This teacher invite code is not valid")).toBeVisible();
});
