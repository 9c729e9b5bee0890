/** `npm run docs:env`: writes the README's settings table from the schema in lib/env.ts. */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { withSettingsTable } from "./lib/settings-table";

const file = path.join(process.cwd(), "README.md");
const before = readFileSync(file, "utf8");
const after = withSettingsTable(before);
if (after === before) {
  console.log("README.md: the settings table is up to date.");
} else {
  writeFileSync(file, after);
  console.log("README.md: settings table rewritten from lib/env.ts.");
}
