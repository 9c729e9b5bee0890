import { expect, test, type Page } from "@playwright/test";
import { signUpStudent } from "./support/accounts";

// The canary lesson (tests/fixtures/canary-content) carries these in its key-side fields only.
const FIRST_QUESTION_SECRETS = ["CANARY-FEEDBACK-RIGHT-5d1e", "CANARY-FEEDBACK-WRONG-8a2c", "CANARY-EXPLANATION-71c4"];
const ANY_CANARY = /CANARY-[A-Z-]+-[0-9a-f]{4}/;

/** Every response body the page receives from now on, to scan. */
function collectResponses(page: Page): { url: string; body: string }[] {
  const received: { url: string; body: string }[] = [];
  page.on("response", async (response) => {
    try {
      received.push({ url: response.url(), body: await response.text() });
    } catch {
      // Redirects and aborted requests have no body to scan.
    }
  });
  return received;
}

/**
 * Everything else that shows this student the lesson's quiz: the RSC payload a client navigation
 * would fetch and the page as a plain GET, the quiz's JSON, and the quiz the server renders for
 * browsers without JavaScript.
 */
async function scanVariants(page: Page, lessonId: string, received: { url: string; body: string }[]) {
  const gets: [string, Record<string, string>][] = [
    [`/lessons/${lessonId}`, { RSC: "1" }],
    [`/lessons/${lessonId}`, {}],
    [`/api/lessons/${lessonId}/quiz`, {}],
    [`/lessons/${lessonId}/quiz`, {}],
    [`/lessons/${lessonId}/quiz`, { RSC: "1" }],
  ];
  for (const [path, headers] of gets) {
    const response = await page.request.get(path, { headers });
    expect(response.status(), path).toBe(200);
    received.push({ url: `http://x${path}#${JSON.stringify(headers)}`, body: await response.text() });
  }
}

test("nothing the browser receives before answering holds the key, explanation or feedback", async ({ page }) => {
  const received = collectResponses(page);
  await signUpStudent(page);
  await page.goto("/lessons/canary-lesson");
  const quiz = page.getByRole("complementary", { name: "Quiz" });
  await expect(
    quiz.getByRole("heading", { name: "Who reported that the talks left out key White House officials?" }),
  ).toBeVisible();
  await page.waitForLoadState("networkidle");
  // The quiz came as JSON, fetched by the prerendered page.
  expect(received.map((r) => new URL(r.url).pathname)).toContain("/api/lessons/canary-lesson/quiz");
  await scanVariants(page, "canary-lesson", received);
  expect(received.length).toBeGreaterThan(3);
  expect(received.filter((r) => ANY_CANARY.test(r.body)).map((r) => r.url)).toEqual([]);
  expect(received.filter((r) => /"answer"\s*:/.test(r.body)).map((r) => r.url)).toEqual([]);

  // Answering returns the grading result, so the scan does see action responses...
  // The action's streamed response is read through a route, before the browser consumes it.
  let body = "";
  await page.route("**/lessons/canary-lesson", async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    const response = await route.fetch();
    body = await response.text();
    await route.fulfill({ response, body });
  });
  await quiz.getByLabel("The Kyiv Independent").check();
  await quiz.getByRole("button", { name: "Check answer" }).click();
  await expect(quiz.getByText("CANARY-FEEDBACK-WRONG-8a2c")).toBeVisible();
  expect(body).toContain("CANARY-EXPLANATION-71c4");
  // ...and it holds this question's result only: not the next question's secrets, not the
  // teachers' misconception labels, not the feedback of options the student did not choose.
  expect(body).not.toContain("CANARY-EXPLANATION-4b2f");
  expect(body).not.toContain("CANARY-MISCONCEPTION");
  expect(body).not.toContain(FIRST_QUESTION_SECRETS[0]);
});

test("the judgement kinds and a two-tier item keep their key, evidence and feedback until answered", async ({
  page,
}) => {
  const received = collectResponses(page);
  await signUpStudent(page);
  await page.goto("/lessons/canary-judgement");
  const quiz = page.getByRole("complementary", { name: "Quiz" });
  await expect(quiz.getByRole("listbox", { name: "Sentences of the article to mark" })).toBeVisible();
  await page.waitForLoadState("networkidle");
  await scanVariants(page, "canary-judgement", received);
  expect(received.filter((r) => ANY_CANARY.test(r.body)).map((r) => r.url)).toEqual([]);
  // Neither the key nor where its evidence lies: the sentences to mark carry every sentence alike.
  expect(received.filter((r) => /"(answer|evidence|markCredit)"\s*:/.test(r.body)).map((r) => r.url)).toEqual([]);
});
