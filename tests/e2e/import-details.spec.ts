import { expect, test } from "@playwright/test";
import { FERRY_FIXTURE, ImportPage, STRIKE_FIXTURE } from "./support/lesson-review";
import { signUpNewTeacher } from "./support/teaching";

const CHROME_LEFT_IN = "Listen to this article · 4 min";

test("an import missing its author keeps the chosen genre and every other field the teacher typed", async ({
  browser,
}) => {
  const teacher = await signUpNewTeacher(browser, "Aoife Brennan", "Europe/Dublin");
  const importer = await ImportPage.open(teacher);
  await importer.paste(FERRY_FIXTURE);

  const typed: Record<string, string> = {
    Headline: "Port Alder votes to close its old ferry pier",
    Outlet: "Harbour Times",
    "Author's role (optional)": "Local politics reporter",
    "Publication date": "2026-11-21",
    "Web address (optional)": "https://harbour-times.example/news/ferry-pier",
    "Section (optional)": "Local news",
    "How you captured it (optional)": "Pasted from the outlet's page; the share buttons and the bio left out.",
  };
  for (const [label, value] of Object.entries(typed)) await importer.detail(label).fill(value);
  await importer.detail("Author").fill("");
  await importer.detail("Genre").selectOption({ label: "Opinion" });
  const body = (await importer.cleanedText().inputValue()).replace(`${CHROME_LEFT_IN}\n\n`, "");
  await importer.cleanedText().fill(body);
  await importer.submitDetails();

  await expect(teacher.getByText("Enter the author, or the outlet if no author is named.")).toBeVisible();
  await expect(importer.detail("Author")).toHaveAttribute("aria-invalid", "true");
  await expect(importer.detail("Author")).toHaveValue("");
  // The genre was the field that reset to "Choose…": it keeps the option the teacher chose.
  await expect(importer.detail("Genre")).toHaveValue("opinion");
  await expect(importer.detail("Genre").locator("option:checked")).toHaveText("Opinion");
  for (const [label, value] of Object.entries(typed)) await expect(importer.detail(label), label).toHaveValue(value);
  await expect(importer.cleanedText()).toHaveValue(body);

  // Adding the author is all it takes: nothing else has to be typed again.
  await importer.detail("Author").fill("Maya Lindgren");
  await importer.submitDetails();
  await expect(teacher.getByRole("heading", { level: 1, name: `Review: ${typed.Headline}` })).toBeVisible({
    timeout: 20_000,
  });
});

test("a pasted article's first line becomes its headline, out of the text, and the teacher can still change it", async ({
  browser,
}) => {
  const teacher = await signUpNewTeacher(browser, "Kwame Mensah", "Africa/Accra");
  const importer = await ImportPage.open(teacher);
  await importer.paste(STRIKE_FIXTURE);

  const headline = "Port workers vote to strike as talks collapse";
  await expect(importer.detail("Headline")).toHaveValue(headline);
  await expect(importer.detail("Author")).toHaveValue("Helen Marsh");
  await expect(importer.detail("Publication date")).toHaveValue("2024-03-14");
  const cleaned = await importer.cleanedText().inputValue();
  expect(cleaned.startsWith("Dock workers at the port of Eastham will walk out next week")).toBe(true);
  expect(cleaned).not.toContain(headline);
  await teacher.getByText(/^Taken out as page chrome/).click();
  await expect(teacher.getByRole("listitem").filter({ hasText: headline })).toBeVisible();

  await importer.detail("Headline").fill("Eastham dockers vote to strike");
  await importer.save({ outlet: "Eastham News", genre: "News report" });
  await expect(
    teacher.getByRole("heading", { level: 1, name: "Review: Eastham dockers vote to strike" }),
  ).toBeVisible();
});
