import { settingDocs } from "@/lib/env";

/** The README's settings table lies between these lines; `npm run docs:env` rewrites it. */
export const TABLE_START = "<!-- settings table: generated from lib/env.ts by `npm run docs:env` -->";
export const TABLE_END = "<!-- end of settings table -->";

function settingsTable(): string {
  const cell = (text: string) => text.replace(/\|/g, "\\|");
  const rows = settingDocs().map((s) => `| \`${s.name}\` | ${cell(s.default ?? "")} | ${cell(s.description)} |`);
  return ["| variable | default | meaning |", "|---|---|---|", ...rows].join("\n");
}

/** `readme` with its settings table replaced by the one the schema gives. */
export function withSettingsTable(readme: string): string {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start === -1 || end < start)
    throw new Error(`README.md has no settings table between "${TABLE_START}" and "${TABLE_END}"`);
  return `${readme.slice(0, start + TABLE_START.length)}\n\n${settingsTable()}\n\n${readme.slice(end)}`;
}
