import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { ACTION_BODY_LIMIT_BYTES } from "../../lib/http/request-checks";
import { DEMO, signIn } from "./support/accounts";

/**
 * Malformed or refused requests answer 4xx with a message, never 500 (docs/security.md,
 * "Malformed requests" and "Status codes"), except the cases that section names.
 */

const LESSON = "who-reported-what";

/**
 * The sign-in form's server action id, from the scripts of the sign-in page (without JavaScript the
 * form posts to its plain endpoint, /sign-in/submit, so the page's HTML no longer names the action).
 */
async function signInActionId(request: APIRequestContext): Promise<string> {
  const html = await (await request.get("/sign-in")).text();
  for (const chunk of new Set(html.match(/\/_next\/static\/chunks\/[\w.~%-]+\.js/g))) {
    const script = await (await request.get(chunk)).text();
    const id = /createServerReference\)\("([0-9a-f]{40,})"[^)]*"signInAction"\)/.exec(script)?.[1];
    if (id) return id;
  }
  throw new Error("No script of the sign-in page names its server action");
}

const boundary = "----byline-e2e";
const multipart = (fields: Record<string, string>) =>
  Object.entries(fields)
    .map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
    .join("") + `--${boundary}--\r\n`;

test("addresses with broken percent escapes get the not-found page with 404", async ({ request }) => {
  for (const path of ["/lessons/%E0%A4%A", "/sources/%ZZ", "/teach/lessons/%ZZ/edit", "/library/%"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).toContain("Page not found");
  }
});

test("a post whose Origin is no web address is refused with 400 and says why", async ({ request, baseURL }) => {
  const actionId = await signInActionId(request);
  const posts: { path: string; headers: Record<string, string>; data: string }[] = [
    {
      path: `/lessons/${LESSON}/answer`,
      headers: { "content-type": "application/x-www-form-urlencoded" },
      data: `lessonId=${LESSON}`,
    },
    { path: "/sign-in", headers: { "next-action": actionId, "content-type": "text/plain;charset=UTF-8" }, data: "[]" },
    {
      path: "/sign-in",
      headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
      data: multipart({ identifier: "x" }),
    },
  ];
  for (const { path, headers, data } of posts) {
    const response = await request.post(path, { headers: { ...headers, origin: "not a url" }, data, maxRedirects: 0 });
    expect(response.status(), path).toBe(400);
    expect(await response.text(), path).toContain("The Origin header is not a web address");
  }
  // The same post from the app's own origin is answered as usual (a redirect back to the lesson).
  const genuine = await request.post(posts[0]!.path, {
    headers: { ...posts[0]!.headers, origin: baseURL! },
    data: posts[0]!.data,
    maxRedirects: 0,
  });
  expect(genuine.status()).toBe(303);
});

test("a cross-site post to a server action is refused with 403 and a message", async ({ request }) => {
  const actionId = await signInActionId(request);
  for (const origin of ["http://evil.example", "null"]) {
    const response = await request.post("/sign-in", {
      headers: { origin, "next-action": actionId, "content-type": `multipart/form-data; boundary=${boundary}` },
      data: multipart({ "1_identifier": "x", "1_password": "y", 0: '["$K1"]' }),
      maxRedirects: 0,
    });
    expect(response.status(), origin).toBe(403);
    expect(await response.text(), origin).toContain("Cross-site form posts are not accepted.");
  }
});

test("an action body over the size limit is refused with 413 before Next reads it", async ({ request, baseURL }) => {
  const actionId = await signInActionId(request);
  const data = Buffer.concat([Buffer.from(multipart({ 0: '["$K1"]' })), Buffer.alloc(ACTION_BODY_LIMIT_BYTES, "a")]);
  const response = await request.post("/sign-in", {
    headers: { origin: baseURL!, "next-action": actionId, "content-type": `multipart/form-data; boundary=${boundary}` },
    data,
    maxRedirects: 0,
  });
  expect(response.status()).toBe(413);
  expect(await response.text()).toContain("The request is too large: at most 4 MB");
});

test("multipart form data without a boundary is refused with 400", async ({ request, baseURL }) => {
  const actionId = await signInActionId(request);
  const response = await request.post("/sign-in", {
    headers: { origin: baseURL!, "next-action": actionId, "content-type": "multipart/form-data" },
    data: "identifier=x",
    maxRedirects: 0,
  });
  expect(response.status()).toBe(400);
  expect(await response.text()).toContain("no multipart boundary");
});

test("a broken multipart body for a real action is refused with 400 before Next's action handler, and reveals nothing", async ({
  request,
  baseURL,
}) => {
  const actionId = await signInActionId(request);
  for (const body of [
    "this is not multipart",
    `--${boundary}\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$K1"]\r\n--${boundary.slice(0, 6)}`,
  ]) {
    const response = await request.post("/sign-in", {
      headers: {
        origin: baseURL!,
        "next-action": actionId,
        "content-type": `multipart/form-data; boundary=${boundary}`,
      },
      data: body,
      maxRedirects: 0,
    });
    expect(response.status()).toBe(400);
    const text = await response.text();
    expect(text).toContain("multipart body is malformed");
    expect(text).not.toMatch(/Unexpected end of form|busboy|node_modules|at \w+ \(/);
  }
  expect((await request.get("/sign-in")).status()).toBe(200);
});

test("the proxy answers 404 for ids that cannot name a page; refusals decided while streaming are never indexed", async ({
  page,
}) => {
  await signIn(page, DEMO.teacher);
  for (const path of [
    "/teach/classes/not-a-uuid",
    `/teach/classes/${randomUUID()}/students/nope`,
    "/teach/lessons/no-such-lesson",
    "/admin/students/nope",
  ]) {
    const response = await page.request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).toContain("Page not found");
  }
  // A well-formed id of a class this teacher does not have: only the page can tell, after its 200.
  const unknownClass = await page.request.get(`/teach/classes/${randomUUID()}`, { maxRedirects: 0 });
  expect(unknownClass.status()).toBe(200);
  expect(unknownClass.headers()["x-robots-tag"]).toBe("noindex");
  expect(await unknownClass.text()).toContain('<meta name="robots" content="noindex"/>');
});

test("a student on a teacher's page is refused after a 200, with noindex", async ({ page }) => {
  await signIn(page, DEMO.student);
  for (const path of ["/teach", "/admin"]) {
    const response = await page.request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(200);
    expect(response.headers()["x-robots-tag"], path).toBe("noindex");
    expect(await response.text(), path).toContain('<meta name="robots" content="noindex"/>');
    await page.goto(path);
    await expect(
      page.getByRole("heading", { level: 1, name: "This page is not for your account" }),
      path,
    ).toBeVisible();
  }
});

test("a client navigation's router state Next cannot parse is refused with 400, never a 500", async ({ request }) => {
  for (const path of ["/sign-in", "/lessons/who-reported-what", "/privacy"])
    for (const state of ["garbage", "%ZZ", "[".repeat(2000)]) {
      const response = await request.get(path, { headers: { rsc: "1", "next-router-state-tree": state } });
      expect(response.status(), `${path} ${state.slice(0, 10)}`).toBe(400);
      expect(await response.text()).toContain("Next-Router-State-Tree");
    }
});

test("next-auth's endpoints answer a broken percent escape with 404, not 500", async ({ request, baseURL }) => {
  for (const path of ["/api/auth/%ZZ", "/api/auth/session/%ZZ", "/api/auth/callback/%E0%A4%A"]) {
    expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(404);
    const post = await request.post(path, { headers: { origin: baseURL! }, data: "", maxRedirects: 0 });
    expect(post.status(), path).toBe(404);
  }
});

test("a server action posted arguments that are not a form answers with a message, never a 500", async ({
  request,
  baseURL,
}) => {
  const actionId = await signInActionId(request);
  for (const data of ["[]", '[{},"x"]', "[{},{}]"]) {
    const response = await request.post("/sign-in", {
      headers: { origin: baseURL!, "next-action": actionId, "content-type": "text/plain;charset=UTF-8" },
      data,
    });
    expect(response.status(), data).toBe(200);
    expect(await response.text(), data).toContain("This form could not be read");
  }
});

test("sign-in never sends the browser to another site, however the return path is disguised", async ({
  request,
  baseURL,
}) => {
  for (const next of ["/\t/evil.example/x", "/\n/evil.example/x", "//evil.example", "/\\evil.example"]) {
    const response = await request.post("/sign-in/submit", {
      headers: { origin: baseURL! },
      form: { identifier: DEMO.student, password: "byline-demo", next },
      maxRedirects: 0,
    });
    expect(response.status(), JSON.stringify(next)).toBe(303);
    const location = new URL(response.headers()["location"]!, baseURL);
    expect(location.origin, JSON.stringify(next)).toBe(new URL(baseURL!).origin);
  }
  const page = await request.get(`/sign-in?next=${encodeURIComponent("/\t/evil.example/x")}`);
  // The form's hidden return path (the page's own address may still appear in its payload).
  expect(await page.text()).not.toMatch(/name="next"[^>]*evil\.example/);
});

test("a NUL character typed into a form's text is dropped, never a 500", async ({ page, baseURL }) => {
  await signIn(page, DEMO.teacher);
  const name = `NUL check ${randomUUID().slice(0, 8)}`;
  const response = await page.request.post("/teach/classes", {
    headers: { origin: baseURL! },
    form: { name, section: "Period\u00003" },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(303);
  await page.goto("/teach");
  await expect(page.getByText(name)).toBeVisible();
});
