import { expect, type Page } from "@playwright/test";

/** The demo logins seeded on the embedded database (README). */
export const DEMO_PASSWORD = "byline-demo";
export const DEMO = {
  admin: "admin@byline.test",
  teacher: "teacher@byline.test",
  student: "amara@byline.test",
  youngStudent: "dev.kumar",
} as const;

export async function submitSignIn(page: Page, identifier: string, password: string): Promise<void> {
  await page.goto("/sign-in");
  await page.waitForLoadState("networkidle"); // hydrated: see the note in accounts.spec.ts
  await page.getByLabel("Email or username").fill(identifier);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Signs in and waits until the session is established (the header offers to sign out). */
export async function signIn(page: Page, identifier: string, password = DEMO_PASSWORD): Promise<void> {
  await submitSignIn(page, identifier, password);
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
}

export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.test`;
}

export const NEW_STUDENT_PASSWORD = "a-long-password-9";

/** A fresh student account, so a test never depends on what another test left behind. */
export async function signUpStudent(page: Page, name = "Test Student"): Promise<string> {
  const email = uniqueEmail("student");
  await page.goto("/sign-up");
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(NEW_STUDENT_PASSWORD);
  await page.getByLabel(/I am 13 or older/).check();
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  return email;
}
