import { expect, test, type Page } from "@playwright/test";
import { loadContent } from "@/lib/content/load-content";
import { DEMO, signIn, signUpStudent } from "./support/accounts";
import { expectNoSeriousA11yViolations } from "./support/axe";

const lesson = loadContent().lessons.find((l) => l.id === "who-said-it")!;
const PHONE = { width: 390, height: 844 };
// Set to write the screenshots under docs/screens/ (they are checked in for reviewers).
const SCREENS = process.env.BYLINE_SCREENSHOTS === "1";

const noSidewaysScroll = (page: Page) =>
  page.evaluate(() => document.scrollingElement!.scrollWidth <= window.innerWidth);
const focusedTag = (page: Page) => page.evaluate(() => document.activeElement?.tagName ?? "none");

async function firstClassPath(page: Page): Promise<string> {
  await page.goto("/teach");
  const link = page.getByRole("region", { name: "Your classes" }).getByRole("link").first();
  return (await link.getAttribute("href"))!;
}

test.describe("on a 390 × 844 phone", () => {
  test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

  test("the first question is one tap from the first screen; the evidence and back take one tap each", async ({
    page,
  }) => {
    await signUpStudent(page, "Phone Reader");
    // A phone's slower processor, as Lighthouse's mobile run has it: the page starts running well
    // after its first paint, so whatever moves when it starts counts as a layout shift.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    await page.goto(`/lessons/${lesson.id}`);
    const tabs = page.getByRole("tablist", { name: "Lesson" });
    const questionsTab = tabs.getByRole("tab", { name: "Questions" });
    await expect(questionsTab).toBeInViewport();
    // The bar is in the first HTML, so nothing moves when the page starts running; its tabs work
    // from then on (the panels are tabpanels).
    await expect(page.getByRole("tabpanel", { name: "Articles" })).toBeVisible();
    // Nothing on the first screen moved while the page loaded and started (Lighthouse's CLS).
    const shifted = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
              if (!entry.hadRecentInput) total += entry.value;
          }).observe({ type: "layout-shift", buffered: true });
          setTimeout(() => resolve(total), 300);
        }),
    );
    expect(shifted).toBeLessThan(0.005);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
    await expectNoSeriousA11yViolations(page);
    if (SCREENS) await page.screenshot({ path: "docs/screens/phone-lesson-articles.png" });

    await questionsTab.click();
    const quiz = page.getByRole("tabpanel", { name: "Questions" });
    const first = lesson.questions[0]!;
    await expect(quiz.getByRole("heading", { name: first.prompt })).toBeInViewport();
    await expect(page.locator("#lesson-articles")).toBeHidden();
    await quiz.locator('input[name="chosen"]').first().check();
    await quiz.getByRole("button", { name: "Check answer" }).click();
    const verdict = quiz.getByRole("heading", { level: 3 });
    await expect(verdict).toBeVisible();
    if (SCREENS) await page.screenshot({ path: "docs/screens/phone-lesson-question.png" });

    // The evidence opens the article at the passage…
    await quiz.getByRole("button", { name: "Show the evidence in the article" }).click();
    await expect(tabs.getByRole("tab", { name: "Articles" })).toHaveAttribute("aria-selected", "true");
    await expect(page.locator("#lesson-articles")).toBeVisible();
    await expect
      .poll(() =>
        page.evaluate(() => {
          const range = [...(CSS.highlights.get("byline-evidence") ?? [])][0] as Range | undefined;
          const box = range?.getBoundingClientRect();
          return box ? box.top >= 0 && box.bottom <= window.innerHeight : false;
        }),
      )
      .toBe(true);
    // …and one tap brings the question back, where it was.
    await questionsTab.click();
    await expect(verdict).toBeInViewport();
    await expect(quiz.getByRole("button", { name: "Next question" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test("no page scrolls sideways: home, a lesson, progress, a teacher's class", async ({ page }) => {
    await signUpStudent(page, "Narrow Screen");
    for (const [name, path] of [
      ["home", "/home"],
      ["lesson", `/lessons/${lesson.id}`],
      ["progress", "/progress"],
    ] as const) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      expect(await noSidewaysScroll(page), path).toBe(true);
      if (SCREENS) await page.screenshot({ path: `docs/screens/phone-${name}.png` });
    }
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign in" })).toBeVisible();
    await signIn(page, DEMO.teacher);
    await page.goto(await firstClassPath(page));
    await page.waitForLoadState("networkidle");
    expect(await noSidewaysScroll(page)).toBe(true);
    await expectNoSeriousA11yViolations(page);
    if (SCREENS) await page.screenshot({ path: "docs/screens/phone-teacher-class.png", fullPage: false });
  });
});

test("by keyboard alone: three Tabs reach the first answer, and focus never falls to the page through to the results", async ({
  page,
}) => {
  await signUpStudent(page, "Keyboard Only");
  await page.goto(`/lessons/${lesson.id}`);
  const quiz = page.getByRole("complementary", { name: "Quiz" });
  await expect(quiz.getByRole("heading", { name: lesson.questions[0]!.prompt })).toBeVisible();
  if (SCREENS) await page.screenshot({ path: "docs/screens/desktop-lesson.png" });

  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to the questions" })).toBeFocused();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await expect(quiz.locator('input[name="chosen"]').first()).toBeFocused();

  for (const [i, question] of lesson.questions.entries()) {
    if (i > 0) {
      await expect(quiz.getByRole("heading", { name: question.prompt })).toBeFocused();
      await page.keyboard.press("Tab");
    }
    expect(await focusedTag(page)).toBe("INPUT");
    // The first option shown, with Space; for a highlight item, only that sentence.
    await page.keyboard.press("Space");
    for (
      let n = 0;
      n < 20 &&
      !(await quiz.getByRole("button", { name: "Check answer" }).evaluate((b) => b === document.activeElement));
      n++
    ) {
      await page.keyboard.press("Tab");
    }
    await page.keyboard.press("Enter");
    await expect(quiz.getByRole("heading", { level: 3 })).toBeFocused();
    const next = quiz.getByRole("button", {
      name: i === lesson.questions.length - 1 ? "See your results" : "Next question",
    });
    for (let n = 0; n < 20 && !(await next.evaluate((b) => b === document.activeElement)); n++) {
      await page.keyboard.press("Tab");
      expect(await focusedTag(page)).not.toBe("BODY");
    }
    await page.keyboard.press("Enter");
    expect(await focusedTag(page)).not.toBe("BODY");
  }
  await expect(quiz.getByRole("heading", { name: /Lesson finished/ })).toBeFocused();
  await expectNoSeriousA11yViolations(page);
});

test("desktop keeps the two columns", async ({ page }) => {
  await signUpStudent(page, "Wide Screen");
  for (const [name, path] of [
    ["home", "/home"],
    ["progress", "/progress"],
  ] as const) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    expect(await noSidewaysScroll(page), path).toBe(true);
    if (SCREENS) await page.screenshot({ path: `docs/screens/desktop-${name}.png` });
  }
  await page.goto(`/lessons/${lesson.id}`);
  await expect(page.getByRole("tablist")).toHaveCount(0);
  const article = await page.locator("#lesson-articles").boundingBox();
  const aside = await page.getByRole("complementary", { name: "Quiz" }).boundingBox();
  expect(aside!.x).toBeGreaterThan(article!.x + article!.width - 1);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign in" })).toBeVisible();
  await signIn(page, DEMO.teacher);
  await page.goto(await firstClassPath(page));
  await page.waitForLoadState("networkidle");
  expect(await noSidewaysScroll(page)).toBe(true);
  if (SCREENS) await page.screenshot({ path: "docs/screens/desktop-teacher-class.png" });
});
