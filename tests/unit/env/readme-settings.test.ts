import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { settingDocs } from "@/lib/env";
import { TABLE_END, TABLE_START, withSettingsTable } from "@/scripts/lib/settings-table";

const readme = readFileSync(path.join(process.cwd(), "README.md"), "utf8");

describe("the README's settings table", () => {
  it("names exactly the settings in lib/env.ts", () => {
    const table = readme.slice(readme.indexOf(TABLE_START), readme.indexOf(TABLE_END));
    const documented = [...table.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]);
    expect(documented).toEqual(settingDocs().map((s) => s.name));
  });

  it("is the one the schema gives (run `npm run docs:env` after changing lib/env.ts)", () => {
    expect(withSettingsTable(readme)).toBe(readme);
  });
});
