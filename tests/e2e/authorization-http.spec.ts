import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { DEMO, signIn } from "./support/accounts";

/** A server action's id in the e2e build, as the browser would send it. */
function actionId(exportedName: string): string {
  const manifest = JSON.parse(readFileSync(path.join(".next-e2e", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName: string }>;
  };
  const found = Object.entries(manifest.node).find(([, v]) => v.exportedName === exportedName);
  if (!found) throw new Error(`no server action ${exportedName} in the build`);
  return found[0];
}

/** The createClassAction call as React sends it from the class form: (previous state, form data). */
const createClassBody = (name: string) => ({ "1_name": name, "1_section": "", "1_schoolYear": "", "0": '[{},"$K1"]' });

test("a forged middleware subrequest header does not skip the checks", async ({ request }) => {
  for (const value of ["proxy", "middleware", "proxy:proxy:proxy:proxy:proxy", "middleware:middleware:middleware:middleware:middleware", "src/middleware"]) {
    const response = await request.get("/teach", { headers: { "x-middleware-subrequest": value }, maxRedirects: 0 });
    expect([303, 307, 308, 401, 403], value).toContain(response.status());
    expect(await response.text(), value).not.toContain("Your classes");
  }
});

test("a cross-origin post to a server action is refused, and the same post from the app's origin is not", async ({ page, baseURL }) => {
  await signIn(page, DEMO.teacher);
  const id = actionId("createClassAction");
  const forged = await page.request.post("/teach", {
    headers: { "Next-Action": id, Origin: "http://evil.example", Accept: "text/x-component" },
    multipart: createClassBody("Forged class"),
    maxRedirects: 0,
  });
  expect(forged.status()).toBeGreaterThanOrEqual(400);

  const genuine = await page.request.post("/teach", {
    headers: { "Next-Action": id, Origin: baseURL!, Accept: "text/x-component" },
    multipart: createClassBody("Genuine class"),
    maxRedirects: 0,
  });
  expect(genuine.status()).toBeLessThan(400);

  await page.goto("/teach");
  const classes = page.getByRole("region", { name: "Your classes" });
  await expect(classes.getByRole("link", { name: /Genuine class/ }).first()).toBeVisible();
  await expect(classes.getByRole("link", { name: /Forged class/ })).toHaveCount(0);
});
