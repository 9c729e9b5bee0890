import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";

const CHROME = [
  "Subscribe",
  "Notify of",
  "0 Comments",
  "Would love your thoughts",
  "UkraineUnited States",
  "is pursuing an Honors Bachelor",
];

test("the library lists both articles with their genre", async ({ page }) => {
  await page.goto("/library");
  await expect(page.getByRole("heading", { name: "Library" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Secretive US-Russia peace negotiations/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /A Backroom Peace Plan/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("the news report reads cleanly with its byline, date, genre and credit", async ({ page }) => {
  await page.goto("/library");
  await page.getByRole("link", { name: /Secretive US-Russia peace negotiations/ }).click();
  const article = page.getByRole("article");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Secretive US-Russia peace negotiations/);
  await expect(article.getByText("News report", { exact: true })).toBeVisible();
  await expect(article.getByText("Volodymyr Ivanyshyn").first()).toBeVisible();
  await expect(article.getByText("November 23, 2025")).toBeVisible();
  // The page showed two dates, so the date is marked uncertain in words beside it.
  await expect(article.getByText("date uncertain:")).toBeVisible();
  await expect(article.getByText(/Bloomberg reported on Nov\. 23\./)).toBeVisible();
  await expect(article.getByText(/This article is the work of The Kyiv Independent/)).toBeVisible();
  const text = await article.innerText();
  for (const chrome of CHROME) expect(text).not.toContain(chrome);
  await expectNoSeriousA11yViolations(page);
});

test("the opinion piece is labelled as opinion and keeps its typography", async ({ page }) => {
  await page.goto("/sources/kaizen-2025-11-24-backroom-peace-plan");
  const article = page.getByRole("article");
  await expect(article.getByText("Opinion", { exact: true })).toBeVisible();
  await expect(article.getByText("Rainer Hofmann").first()).toBeVisible();
  await expect(
    article.getByText(/“I liked him\. I thought he was open with me… I don’t regard him as a bad person\.”/),
  ).toBeVisible();
  const text = await article.innerText();
  for (const chrome of CHROME) expect(text).not.toContain(chrome);
  await page.setViewportSize({ width: 375, height: 800 });
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  expect(overflow).toBe(false);
});

test("an unknown article shows the not-found page", async ({ page }) => {
  const response = await page.goto("/sources/no-such-article");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});
