import { expect, test } from "@playwright/test";
import { DEMO, signIn } from "./support/accounts";

test("a forged middleware subrequest header does not skip the checks", async ({ request }) => {
  for (const value of [
    "proxy",
    "middleware",
    "proxy:proxy:proxy:proxy:proxy",
    "middleware:middleware:middleware:middleware:middleware",
    "src/middleware",
  ]) {
    const response = await request.get("/teach", { headers: { "x-middleware-subrequest": value }, maxRedirects: 0 });
    expect([303, 307, 308, 401, 403], value).toContain(response.status());
    expect(await response.text(), value).not.toContain("Your classes");
  }
});

test("a cross-origin post to a server action is refused, and the same post from the app's origin is not", async ({
  page,
}) => {
  await signIn(page, DEMO.teacher);
  await page.goto("/teach");
  await page.waitForLoadState("networkidle");
  // Capture the browser's own call to the action (and stop it), to replay it exactly.
  let captured: { url: string; headers: Record<string, string>; body: Buffer } | null = null;
  await page.route("**/teach", async (route) => {
    const request = route.request();
    if (request.method() !== "POST") return route.continue();
    captured = { url: request.url(), headers: await request.allHeaders(), body: request.postDataBuffer()! };
    await route.abort();
  });
  await page.getByLabel("Class name").fill("Replayed class");
  await page.getByRole("button", { name: "Create class" }).click();
  await expect.poll(() => captured !== null).toBe(true);
  await page.unroute("**/teach");
  const { url, headers, body } = captured!;
  const replay = (origin: string) =>
    page.request.fetch(url, {
      method: "POST",
      headers: { ...headers, origin, "content-length": String(body.length) },
      data: body,
      maxRedirects: 0,
    });

  const classes = page.getByRole("region", { name: "Your classes" });
  const forged = await replay("http://evil.example");
  expect(forged.status()).toBeGreaterThanOrEqual(400);
  await page.goto("/teach");
  await expect(classes.getByRole("link", { name: /Replayed class/ })).toHaveCount(0);

  const genuine = await replay(new URL(url).origin);
  expect(genuine.status()).toBe(200);
  await page.goto("/teach");
  await expect(classes.getByRole("link", { name: /Replayed class/ })).toHaveCount(1);
});
