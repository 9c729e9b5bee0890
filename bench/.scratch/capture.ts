import { chromium } from "@playwright/test";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startApp } from "../lib/app-server";

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "cap-"));
  const t0 = Date.now();
  const app = await startApp({ BYLINE_DATA_DIR: path.join(dir, "pglite"), BYLINE_DB_PORT: "54690", AUTH_SECRET: "x".repeat(40), BYLINE_DIST_DIR: ".next-bench" }, 3390, console.log);
  console.log("startup s", (Date.now() - t0) / 1000);
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
  try {
    const page = await browser.newPage();
    await page.goto(app.url + "/sign-in");
    await page.getByLabel("Email or username").fill("amara@byline.test");
    await page.getByLabel("Password").fill("byline-demo");
    await page.getByRole("button", { name: /sign in/i }).click();
    await page.waitForURL(/home/);
    await page.goto(app.url + "/lessons/who-said-it");
    page.on("request", (r) => { if (r.method() === "POST") { console.log("REQ", r.url(), JSON.stringify(r.headers())); console.log("BODY", r.postData()); } });
    page.on("response", async (r) => { if (r.request().method() === "POST") { console.log("RESP", r.status(), JSON.stringify(r.headers())); try { console.log("RBODY", (await r.body()).toString()); } catch (e) { console.log("no body", String(e).slice(0, 80)); } } });
    await page.locator("input[name=chosen]").first().check();
    await page.getByRole("button", { name: "Check answer" }).click();
    await page.waitForTimeout(3000);
  } finally {
    await browser.close();
    await app.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
main().catch((e) => { console.error(e); process.exit(1); });
