import { expect, test, type Browser } from "@playwright/test";
import { NEW_STUDENT_PASSWORD, signIn, signUpStudent } from "./support/accounts";
import { expectNoSeriousA11yViolations } from "./support/axe";

async function browserSignedIn(browser: Browser, email: string, password = NEW_STUDENT_PASSWORD) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email, password);
  return { context, page };
}

test("signing out everywhere else from one browser signs the other out on its next page", async ({ browser }) => {
  const first = await browser.newContext();
  const laptop = await first.newPage();
  const email = await signUpStudent(laptop, "Two Browsers");
  const phone = await browserSignedIn(browser, email);
  await phone.page.goto("/progress");
  await expect(phone.page.getByRole("heading", { name: "My progress" })).toBeVisible();

  await laptop.goto("/account");
  const sessions = laptop.getByRole("region", { name: "Where you are signed in" });
  await expect(sessions.getByRole("listitem")).toHaveCount(2);
  await expect(sessions.getByText("This browser")).toHaveCount(1);
  await expectNoSeriousA11yViolations(laptop);
  await sessions.getByRole("button", { name: "Sign out everywhere else" }).click();
  await expect(sessions.getByText("Signed out 1 other session.")).toBeVisible();

  // The other browser still holds its cookie; the server no longer honours it.
  const stale = (await phone.context.cookies()).find((c) => c.name.includes("session-token"));
  expect(stale).toBeDefined();
  await phone.page.goto("/progress");
  await expect(phone.page).toHaveURL(/\/sign-in\?next=%2Fprogress/);
  const data = await phone.page.request.get("/account/data", { maxRedirects: 0 });
  expect(data.status()).not.toBe(200);
  // The quiz the lesson page fetches: as for anyone signed out.
  const quiz = await phone.page.request.get("/api/lessons/who-said-it/quiz");
  expect(quiz.status()).toBe(401);
  expect(await quiz.json()).toEqual({
    view: { kind: "sign-in", next: "/lessons/who-said-it" },
    viewer: null,
    renewSession: false,
  });

  // This browser carries on.
  await laptop.goto("/progress");
  await expect(laptop.getByRole("heading", { name: "My progress" })).toBeVisible();
  await phone.context.close();
  await first.close();
});

test("a student changes their password: the old one stops working, other browsers are signed out", async ({
  browser,
}) => {
  const first = await browser.newContext();
  const page = await first.newPage();
  const email = await signUpStudent(page, "Password Changer");
  const other = await browserSignedIn(browser, email);

  await page.goto("/account");
  const form = page.getByRole("form", { name: "Change your password" });
  await form.getByLabel("Current password").fill("not-my-password");
  await form.getByLabel("New password", { exact: true }).fill("a-brand-new-password-7");
  await form.getByLabel("New password again").fill("a-brand-new-password-7");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByText("That is not your current password.")).toBeVisible();

  await form.getByLabel("Current password").fill(NEW_STUDENT_PASSWORD);
  await form.getByLabel("New password", { exact: true }).fill("a-brand-new-password-7");
  await form.getByLabel("New password again").fill("a-brand-new-password-7");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByText(/Password changed\. 1 other session signed out/)).toBeVisible();

  await other.page.goto("/home");
  await expect(other.page).toHaveURL(/\/sign-in/);
  await other.context.close();

  // The old password is refused, the new one works.
  const fresh = await browser.newContext();
  const check = await fresh.newPage();
  await check.goto("/sign-in");
  await check.waitForLoadState("networkidle");
  await check.getByLabel("Email or username").fill(email);
  await check.getByLabel("Password").fill(NEW_STUDENT_PASSWORD);
  await check.getByRole("button", { name: "Sign in" }).click();
  await expect(check.getByText(/don't match/)).toBeVisible();
  await signIn(check, email, "a-brand-new-password-7");
  await fresh.close();
  await first.close();
});

test("the lesson page tells its header who is signed in from its quiz's request; other pages and sign-out still ask", async ({
  page,
}) => {
  await signUpStudent(page, "Menu From Quiz");
  const asked: string[] = [];
  page.on("request", (r) => {
    if (new URL(r.url()).pathname === "/api/auth/session") asked.push(page.url());
  });
  await page.goto("/lessons/who-said-it");
  const menu = page.getByRole("navigation", { name: "Main" });
  await expect(menu.getByTitle("Menu From Quiz")).toBeVisible();
  await expect(menu.getByRole("link", { name: "Progress" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Check answer" })).toBeVisible();
  await page.waitForLoadState("networkidle");
  // A cookie minutes old is not due its renewal: the quiz's one request told the menu.
  expect(asked).toEqual([]);

  // Another page asks as before.
  await menu.getByRole("link", { name: "Progress" }).click();
  await expect(page.getByRole("heading", { name: "My progress" })).toBeVisible();
  await expect.poll(() => asked.length).toBeGreaterThan(0);

  // Back to the lesson page in the browser's history: the page, kept by the router, tells again.
  const before = asked.length;
  await page.goBack();
  await expect(page.getByRole("button", { name: "Check answer" })).toBeVisible();
  await expect(menu.getByTitle("Menu From Quiz")).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(asked.length).toBe(before);

  // Back on the lesson page, signing out ends the session and the menu says so.
  await page.goto("/lessons/who-said-it");
  await expect(menu.getByTitle("Menu From Quiz")).toBeVisible();
  await menu.getByRole("button", { name: "Sign out" }).click();
  await expect(menu.getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect((await page.context().cookies()).filter((c) => c.name.includes("session-token"))).toEqual([]);
  await page.goto("/lessons/who-said-it");
  await expect(menu.getByRole("link", { name: "Sign in" })).toBeVisible();
});

test("on a phone, where the quiz waits behind its tab, the lesson page still tells the header", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await signUpStudent(page, "Phone Menu");
  const asked: string[] = [];
  page.on("request", (r) => {
    if (new URL(r.url()).pathname === "/api/auth/session") asked.push(page.url());
  });
  await page.goto("/lessons/who-said-it");
  await expect(page.getByRole("tabpanel", { name: "Articles" })).toBeVisible();
  await expect(page.getByTitle("Phone Menu")).toHaveCount(1);
  await page.waitForLoadState("networkidle");
  expect(asked).toEqual([]);
  await context.close();
});
