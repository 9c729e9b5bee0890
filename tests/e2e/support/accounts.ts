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

/** Fills and submits the sign-up form (after hydration: see the note in accounts.spec.ts). */
export async function submitSignUp(
  page: Page,
  account: { name: string; email?: string; password?: string; inviteCode?: string },
): Promise<string> {
  const email = account.email ?? uniqueEmail("user");
  await page.goto("/sign-up");
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Your name").fill(account.name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(account.password ?? NEW_STUDENT_PASSWORD);
  await page.getByLabel(/I am 13 or older/).check();
  if (account.inviteCode) await page.getByLabel("Teacher invite code (teachers only)").fill(account.inviteCode);
  await page.getByRole("button", { name: "Create account" }).click();
  return email;
}

/** A fresh student account, so a test never depends on what another test left behind. */
export async function signUpStudent(page: Page, name = "Test Student"): Promise<string> {
  const email = await submitSignUp(page, { name });
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  return email;
}
