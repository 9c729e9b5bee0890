import { readFileSync } from "node:fs";
import { expect, type Page } from "@playwright/test";

export const FERRY_FIXTURE = readFileSync("tests/fixtures/import/ferry-pier.txt", "utf8");
/** An article pasted from its headline down: no menu or section line above the headline. */
export const STRIKE_FIXTURE = readFileSync("tests/fixtures/analysis/harbour-strike.txt", "utf8");
export const HOSTILE_FIXTURE = "tests/fixtures/import/hostile.html";

/** The import page: step 1 (paste or upload), step 2 (the cleaned text and the article's details). */
export class ImportPage {
  constructor(readonly page: Page) {}

  static async open(page: Page): Promise<ImportPage> {
    await page.goto("/teach");
    await page.getByRole("link", { name: "Import an article" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Import an article" })).toBeVisible();
    await page.waitForLoadState("networkidle");
    return new ImportPage(page);
  }

  async paste(text: string): Promise<void> {
    await this.page.getByLabel("Paste the article").fill(text);
    await this.page.getByRole("button", { name: "Clean up the text" }).click();
    await expect(this.cleanedText()).toBeVisible();
  }

  async upload(file: string): Promise<void> {
    await this.page.getByLabel(/Or upload a file/).setInputFiles(file);
    await this.page.getByRole("button", { name: "Clean up the text" }).click();
  }

  cleanedText() {
    return this.page.getByLabel(/^Article text \(cleaned/);
  }

  /** One of the article's details in step 2 ("Headline", "Author", "Genre"…), by its exact label. */
  detail(label: string) {
    return this.page.getByLabel(label, { exact: true });
  }

  /** Sends step 2 as it stands, whether or not it passes. */
  async submitDetails(): Promise<void> {
    await this.page.getByRole("button", { name: "Save the article and suggest questions" }).click();
  }

  /** Saves the article and lands on the review of the lesson drafted from it. */
  async save(details: { outlet: string; genre: "News report" | "Opinion" }): Promise<void> {
    await this.detail("Outlet").fill(details.outlet);
    await this.detail("Genre").selectOption({ label: details.genre });
    await this.submitDetails();
    await expect(this.page.getByRole("heading", { level: 1, name: /^Review: / })).toBeVisible({ timeout: 20_000 });
    await this.page.waitForLoadState("networkidle");
  }
}

/** Answers every question of the open lesson with its first option: a student taking it, right or wrong. */
export async function takeWholeLesson(page: Page): Promise<number> {
  const quiz = page.getByRole("complementary", { name: "Quiz" });
  let answered = 0;
  while (true) {
    const check = quiz.getByRole("button", { name: "Check answer" });
    await expect(check.or(quiz.getByRole("heading", { name: "Lesson finished" }))).toBeVisible();
    if (!(await check.isVisible())) return answered;
    // The first option; a highlight item (no options to choose): the first sentence of its article.
    const radios = quiz.getByRole("radio");
    if ((await radios.count()) > 0) await radios.first().check();
    else
      await quiz.getByRole("listbox", { name: "Sentences of the article to mark" }).getByRole("option").first().click();
    await check.click();
    await expect(quiz.getByRole("heading", { name: /^(Correct|Not quite|Partly right)/ })).toBeVisible();
    answered++;
    await quiz.getByRole("button", { name: /^(Next question|See your results)$/ }).click();
  }
}
