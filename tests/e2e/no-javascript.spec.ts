import { expect, test, type Browser, type Page } from "@playwright/test";
import { loadContent } from "@/lib/content/load-content";
import {
  DEMO,
  DEMO_PASSWORD,
  NEW_STUDENT_PASSWORD,
  signIn,
  signUpStudent,
  submitSignIn,
  uniqueEmail,
} from "./support/accounts";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { ClassPage } from "./support/teaching";

/**
 * The forms a school day needs, without JavaScript: each posts to its plain endpoint and lands on
 * a page that shows the result (post/redirect/get). Without JavaScript, the parts of a page that
 * render per request (the forms among them) show after its static part rather than in place.
 */

const { lessons } = loadContent();
const lesson = lessons.find((l) => l.id === "who-reported-what")!;
/** Demo lessons cannot be assigned. */
const assignable = lessons.find((l) => l.id === "who-said-it")!;

const nav = (page: Page) => page.getByRole("navigation", { name: "Main" });

/** A class of the demo teacher's, made in a browser with JavaScript; its name and join code. */
async function demoTeachersClass(browser: Browser): Promise<{ name: string; code: string }> {
  const context = await browser.newContext({ javaScriptEnabled: true });
  const page = await context.newPage();
  await signIn(page, DEMO.teacher);
  const name = `No-script class ${Date.now()}`;
  const code = await (await ClassPage.create(page, name, "Period 3")).joinCode();
  await context.close();
  return { name: `${name} (Period 3)`, code };
}

/** The header's account links without JavaScript: a frame rendered per request (app/account/status). */
const accountFrame = (page: Page) => page.frameLocator('iframe[title="Your account"]');

/** The header tells the truth about the session without JavaScript too. */
async function expectSignedInHeader(page: Page, name: string): Promise<void> {
  await expect(accountFrame(page).getByRole("button", { name: "Sign out" })).toBeVisible();
  await expect(accountFrame(page).getByText(name)).toBeVisible();
  await expect(accountFrame(page).getByRole("link", { name: "Sign in" })).toHaveCount(0);
}

async function expectSignedOutHeader(page: Page): Promise<void> {
  await expect(accountFrame(page).getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(accountFrame(page).getByRole("button", { name: "Sign out" })).toHaveCount(0);
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a student signs up, joins a class with its code and answers a question; the header stays truthful", async ({
    page,
    browser,
  }) => {
    const klass = await demoTeachersClass(browser);

    await page.goto("/sign-up");
    await expectSignedOutHeader(page);
    await page.getByLabel("Your name").fill("Nora Noscript");
    await page.getByLabel("Email").fill(uniqueEmail("noscript"));
    await page.getByLabel("Password").fill("short");
    await page.getByLabel(/I am 13 or older/).check();
    await page.getByRole("button", { name: "Create account" }).click();
    // Back to the form with the error, and what was typed (not the password).
    await expect(page).toHaveURL(/\/sign-up$/);
    await expect(page.getByText("Use at least 10 characters.")).toBeVisible();
    await expect(page.getByLabel("Your name")).toHaveValue("Nora Noscript");
    await expect(page.getByLabel("Password")).toHaveValue("");
    await page.getByLabel("Password").fill(NEW_STUDENT_PASSWORD);
    await page.getByLabel(/I am 13 or older/).check();
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page).toHaveURL(/\/home$/);
    await expect(page.getByRole("heading", { name: "Hello, Nora Noscript" })).toBeVisible();
    await expectSignedInHeader(page, "Nora Noscript");

    // The header's links open in the whole window.
    await accountFrame(page).getByRole("link", { name: "Account" }).click();
    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByLabel("Your name")).toHaveValue("Nora Noscript");

    await page.goto("/join");
    await page.getByLabel("Class code").fill("ZZZZ-ZZZZ");
    await page.getByRole("button", { name: "Join class" }).click();
    await expect(page.getByText(/^No class has this code\./).first()).toBeVisible();
    await expect(page.getByLabel("Class code")).toHaveValue(/^ZZZZ-?ZZZZ$/);
    await page.getByLabel("Class code").fill(klass.code.toLowerCase());
    await page.getByRole("button", { name: "Join class" }).click();
    await expect(page).toHaveURL(/\/join$/);
    await expect(page.getByText(`You joined ${klass.name}.`)).toBeVisible();
    // Read once: a reload shows the form afresh.
    await page.reload();
    await expect(page.getByText(`You joined ${klass.name}.`)).toHaveCount(0);

    // The lesson page is prerendered and draws its quiz with JavaScript; without it, a link opens
    // the quiz the server renders.
    await page.goto(`/lessons/${lesson.id}`);
    await expect(page.getByText("Loading your quiz…")).toBeHidden();
    await page.getByRole("link", { name: "Take the quiz" }).click();
    await expect(page).toHaveURL(new RegExp(`/lessons/${lesson.id}/quiz$`));
    const first = lesson.questions[0]!;
    await expect(page.getByRole("heading", { name: first.prompt })).toBeVisible();
    for (const id of first.answer)
      await page.getByLabel(first.options.find((o) => o.id === id)!.text, { exact: true }).check();
    await page.getByRole("button", { name: "Check answer" }).click();
    await expect(page.getByRole("heading", { name: "Correct" })).toBeVisible();
    await expectSignedInHeader(page, "Nora Noscript");
    // The streamed quiz shows before the footer, not after it.
    const [verdict, footer] = [
      await page.getByRole("heading", { name: "Correct" }).boundingBox(),
      await page.getByRole("contentinfo").boundingBox(),
    ];
    expect(verdict!.y + verdict!.height).toBeLessThanOrEqual(footer!.y);

    // Kept on the account: coming back resumes after it.
    await page.goto(`/lessons/${lesson.id}/quiz`);
    await expect(page.getByText(`1 of ${lesson.questions.length} questions answered`)).toBeVisible();
  });

  test("signing in: a wrong password comes back with a message, the right one sets the session and goes on", async ({
    page,
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: true });
    const email = await signUpStudent(await context.newPage(), "Sam Plainpost");
    await context.close();

    await page.goto("/progress");
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fprogress/);
    await expectSignedOutHeader(page);
    await page.getByLabel("Email or username").fill(email);
    await page.getByLabel("Password").fill("not-my-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(
      page.getByText("That email or username and password don't match. Check them and try again."),
    ).toBeVisible();
    await expect(page.getByLabel("Email or username")).toHaveValue(email);
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fprogress/);

    await page.getByLabel("Password").fill(NEW_STUDENT_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/progress$/);
    await expect(page.getByRole("heading", { name: "My progress" })).toBeVisible();
    const cookies = await page.context().cookies();
    expect(cookies.some((c) => c.name.endsWith("authjs.session-token"))).toBe(true);
    await expectSignedInHeader(page, "Sam Plainpost");

    // Signing out from the header ends the session: the same cookie, copied, opens nothing.
    await accountFrame(page).getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/$/);
    await expectSignedOutHeader(page);
    const copied = await browser.newContext({ javaScriptEnabled: false });
    await copied.addCookies(cookies);
    const thief = await copied.newPage();
    await thief.goto("/progress");
    await expect(thief).toHaveURL(/\/sign-in/);
    await expectSignedOutHeader(thief);
    await copied.close();
  });

  test("a teacher creates a class, makes logins and assigns a lesson", async ({ page }) => {
    await submitSignIn(page, DEMO.teacher, DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/home$/);
    await page.goto("/teach");

    // A mistake comes back with the message and what was typed.
    await page.getByLabel("Subject or section (optional)").fill("Period 5");
    await page.getByRole("button", { name: "Create class" }).click();
    await expect(page.getByText("Enter the class name.")).toBeVisible();
    await expect(page.getByLabel("Subject or section (optional)")).toHaveValue("Period 5");

    const name = `Made without script ${Date.now()}`;
    await page.getByLabel("Class name").fill(name);
    await page.getByRole("button", { name: "Create class" }).click();
    // The class page rendered per request: its prerendered page needs a script.
    await expect(page).toHaveURL(/\/teach\/classes\/[0-9a-f-]{36}\?plain$/);
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    // The footer waits out of sight only while a placeholder loads with JavaScript; here the
    // placeholders never go, and the footer shows.
    await expect(page.getByRole("contentinfo").getByRole("link", { name: /^Privacy/ })).toBeVisible();
    const unavailable = page.getByRole("heading", { level: 1, name: "This page is not available" });
    await expect(unavailable).toHaveCount(0);
    // A class that is not hers: the not-found page comes after the 200 has gone out, and only a
    // script could draw it; without one, the layout's message shows instead of a blank page.
    const classUrl = page.url();
    await page.goto("/teach/classes/00000000-0000-4000-8000-000000000000/report?plain");
    await expect(unavailable).toBeVisible();
    await page.goto(classUrl);
    await expect(unavailable).toHaveCount(0);

    const classPage = new ClassPage(page);
    const logins = await classPage.addStudents(["Pia Plain", "Otto Offline"]);
    expect(logins.get("Pia Plain")?.username).toMatch(/^pia\.plain\d*$/);
    expect(logins.get("Otto Offline")?.password).toMatch(/^[a-z0-9-]{12,}$/);
    // Shown once: reloading the page does not show the passwords again.
    await page.reload();
    await expect(page.getByRole("region", { name: /^New student logins/ })).toHaveCount(0);
    await expect(classPage.roster().getByRole("link", { name: "Otto Offline" })).toBeVisible();

    await classPage.assign(assignable.title, "2031-03-04T10:00");
    await expect(page.getByRole("region", { name: "Assignments" }).getByText(assignable.title).first()).toBeVisible();

    // The reports' pages are files whose figures a script fetches; without one, each links to
    // the report the server renders.
    await page.getByRole("link", { name: "Class report: scores, skills and item analysis" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Class report" })).toBeVisible();
    await page.getByRole("link", { name: "Open the class report" }).click();
    await expect(page).toHaveURL(/\/report\?plain$/);
    await expect(page.getByRole("heading", { level: 1, name: `Class report: ${name}` })).toBeVisible();
    // From a report rendered by the server, the links to the others open them rendered so too.
    await page.getByRole("region", { name: "Assignments" }).getByRole("link", { name: assignable.title }).click();
    await expect(page).toHaveURL(/\/assignments\/[0-9a-f-]{36}\/report\?plain$/);
    await expect(page.getByRole("heading", { level: 1, name: `Assignment report: ${assignable.title}` })).toBeVisible();
    await expect(page.getByRole("region", { name: "Answers by student" })).toContainText("Otto Offline");
    await page.getByRole("region", { name: "Answers by student" }).getByRole("link", { name: "Otto Offline" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Otto Offline" })).toBeVisible();
    // From the class page, rendered for every browser alike, the prerendered page offers the link.
    await page.goto(classUrl);
    await classPage.roster().getByRole("link", { name: "Otto Offline" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Student report" })).toBeVisible();
    await page.getByRole("link", { name: "Open the student's page" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Otto Offline" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Reset password for Otto Offline" })).toBeVisible();
    await page.goto(classUrl);

    // A young student signs in with the new login, without JavaScript either.
    const login = logins.get("Pia Plain")!;
    await page.context().clearCookies();
    await submitSignIn(page, login.username, login.password);
    await expect(page.getByRole("heading", { name: "Hello, Pia Plain" })).toBeVisible();
    await expect(page.getByText(assignable.title).first()).toBeVisible();

    // She opens it: the prerendered lesson page's link takes her to the quiz as this assignment.
    await page.getByRole("region", { name: "Your assignments" }).getByRole("link", { name: assignable.title }).click();
    await expect(page).toHaveURL(/\/lessons\/who-said-it\?assignment=[0-9a-f-]{36}$/);
    await page.getByRole("link", { name: "Take the quiz" }).click();
    await expect(page).toHaveURL(/\/lessons\/who-said-it\/quiz\?assignment=[0-9a-f-]{36}$/);
    await expect(page.getByText(`Assignment · ${name}`)).toBeVisible();
    // This page is noindex too (in its head): the "not available" message stays hidden.
    await expect(unavailable).toHaveCount(0);
    const first = assignable.questions[0]!;
    await page.getByLabel(first.options.find((o) => o.id === first.answer[0])!.text, { exact: true }).check();
    await page.getByRole("button", { name: "Check answer" }).click();
    await expect(page.getByRole("heading", { name: "Correct" })).toBeVisible();
    await expect(page).toHaveURL(/\/quiz\?assignment=[0-9a-f-]{36}&answered=/);
    await page.getByRole("button", { name: "Next question" }).click();
    await expect(page.getByText(`1 of ${assignable.questions.length} questions answered`)).toBeVisible();
    await expect(page.getByText(`Assignment · ${name}`)).toBeVisible();

    // The teacher's pages are forbidden to her: said in words, not a blank page.
    await page.goto(classUrl);
    await expect(unavailable).toBeVisible();
    await expect(page.getByText(name)).toHaveCount(0);
  });
});

test.describe("the header on a narrow phone", () => {
  const noSidewaysScroll = (page: Page) =>
    page.evaluate(() => document.scrollingElement!.scrollWidth <= window.innerWidth);

  for (const width of [320, 390]) {
    test(`fits ${width} px without sideways scrolling, for a student and a teacher`, async ({ browser }) => {
      const viewport = { width, height: 700 };
      const student = await (await browser.newContext({ viewport })).newPage();
      await signUpStudent(student, "Maximiliana Wolkenstein-Hohenberg");
      for (const path of ["/", "/home", "/library"]) {
        await student.goto(path);
        await expect(student.getByRole("button", { name: "Sign out" })).toBeVisible();
        expect(await noSidewaysScroll(student), `student on ${path}`).toBe(true);
      }
      await expect(nav(student).getByRole("link", { name: "Join a class" })).toBeInViewport();
      await student.context().close();

      const teacher = await (await browser.newContext({ viewport })).newPage();
      await signIn(teacher, DEMO.teacher);
      for (const path of ["/", "/home", "/teach"]) {
        await teacher.goto(path);
        await expect(teacher.getByRole("button", { name: "Sign out" })).toBeVisible();
        expect(await noSidewaysScroll(teacher), `teacher on ${path}`).toBe(true);
      }
      // Every control in the header is on screen, and a keyboard reaches them with a visible focus.
      for (const link of ["Teaching", "Progress", "Account"])
        await expect(nav(teacher).getByRole("link", { name: link })).toBeInViewport();
      await expect(nav(teacher).getByRole("button", { name: "Sign out" })).toBeInViewport();
      await nav(teacher).getByRole("link", { name: "Account" }).focus();
      await teacher.keyboard.press("Tab");
      await expect(nav(teacher).getByRole("button", { name: "Sign out" })).toBeFocused();
      expect(
        await teacher.evaluate(
          () =>
            document.activeElement!.matches(":focus-visible") && getComputedStyle(document.activeElement!).outlineStyle,
        ),
      ).toBe("solid");
      await expectNoSeriousA11yViolations(teacher);

      // The teaching pages a teacher opens on a phone: wide tables scroll in their own box (and
      // their visually hidden cell text with them), long logins wrap, a file field fits.
      await teacher.goto("/teach");
      await teacher
        .getByRole("link", { name: /Media Literacy/ })
        .first()
        .click();
      await expect(teacher.getByRole("heading", { level: 2, name: /^Roster/ })).toBeVisible();
      expect(await noSidewaysScroll(teacher), "teacher on the class page").toBe(true);
      const classUrl = teacher.url();
      await teacher.getByRole("link", { name: "Class report: scores, skills and item analysis" }).click();
      // The report's page is a file whose figures come in a second request: wait for them.
      await expect(teacher.getByRole("heading", { level: 1, name: /^Class report: Media Literacy/ })).toBeVisible();
      expect(await noSidewaysScroll(teacher), "teacher on the class report").toBe(true);
      await teacher.getByRole("region", { name: "Assignments" }).getByRole("link").first().click();
      await expect(teacher.getByRole("heading", { level: 1, name: /^Assignment report: / })).toBeVisible();
      expect(await noSidewaysScroll(teacher), "teacher on an assignment report").toBe(true);
      await teacher.goto(classUrl);
      await teacher.getByRole("link", { name: "Amara Okafor" }).click();
      await expect(teacher.getByRole("heading", { level: 1, name: "Amara Okafor" })).toBeVisible();
      await teacher.getByRole("region", { name: "Attempts and answers" }).locator("summary").first().click();
      expect(await noSidewaysScroll(teacher), "teacher on a student's page").toBe(true);
      await teacher.goto("/teach/sources/new");
      await expect(teacher.getByLabel(/^Or upload a file/)).toBeVisible();
      expect(await noSidewaysScroll(teacher), "teacher importing an article").toBe(true);
      await teacher.context().close();
    });
  }

  test("a name longer than the screen breaks instead of widening the page", async ({ browser }) => {
    const student = await (await browser.newContext({ viewport: { width: 320, height: 700 } })).newPage();
    await signUpStudent(student, "W".repeat(100));
    for (const path of ["/home", "/progress", "/account"]) {
      await student.goto(path);
      expect(await noSidewaysScroll(student), `student on ${path}`).toBe(true);
    }
    await student.context().close();
  });

  test("fits 320 px without JavaScript too", async ({ browser }) => {
    const page = await (
      await browser.newContext({ viewport: { width: 320, height: 700 }, javaScriptEnabled: false })
    ).newPage();
    for (const path of ["/", "/sign-in", "/library"]) {
      await page.goto(path);
      expect(await noSidewaysScroll(page), path).toBe(true);
    }
    await expectSignedOutHeader(page);
    await submitSignIn(page, DEMO.teacher, DEMO_PASSWORD);
    for (const path of ["/", "/teach"]) {
      await page.goto(path);
      expect(await noSidewaysScroll(page), path).toBe(true);
      await expect(accountFrame(page).getByRole("button", { name: "Sign out" })).toBeInViewport();
    }
    await page.context().close();
  });
});
