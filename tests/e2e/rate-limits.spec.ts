import { expect, test } from "@playwright/test";
import { submitSignIn, uniqueEmail } from "./support/accounts";

test("sign-in attempts on one account are limited, with a message saying how long to wait", async ({ page }) => {
  const identifier = uniqueEmail("guess");
  const refusal = page.getByText("That email or username and password don't match. Check them and try again.");
  for (let i = 0; i < 10; i++) {
    await submitSignIn(page, identifier, `wrong-password-${i}`);
    await expect(refusal).toBeVisible();
  }
  await submitSignIn(page, identifier, "wrong-password-10");
  await expect(
    page.getByText(/^Too many sign-in attempts in a short time\. Please wait \d+ minutes and try again\.$/),
  ).toBeVisible();
  await expect(refusal).toHaveCount(0);
});
