import { expect, test } from "@playwright/test";
import { DEMO, signIn, uniqueEmail } from "./support/accounts";
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
  await signIn(page, DEMO.teacher);
  await expect(page).toHaveURL(/\/home$/);
  await page.getByRole("link", { name: "Teaching" }).first().click();
  await expect(page.getByRole("heading", { name: "Lesson catalogue" })).toBeVisible();
  await page.getByRole("link", { name: /^Answer key for/ }).first().click();
  await expect(page.getByRole("heading", { name: /^Answer key:/ })).toBeVisible();
  await expect(page.getByText("Correct:").first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("a wrong password shows a clear message and does not sign in", async ({ page }) => {
  await signIn(page, DEMO.student, "not-the-password");
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
  await page.goto("/home");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fhome/);
});
