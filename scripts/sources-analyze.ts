/**
 * `npm run --silent sources:analyze -- FILE [--date YYYY-MM-DD]`: the analysis of one article
 * as JSON on stdout (see lib/analysis/analyze.ts). The file is read as it is.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { analyzeArticle } from "../lib/analysis/analyze";

function fail(message: string): never {
  process.stderr.write(`sources:analyze: ${message}\n`);
  process.exit(2);
}

const { values, positionals } = (() => {
  try {
    return parseArgs({ allowPositionals: true, options: { date: { type: "string" } } });
  } catch (err) {
    return fail(err instanceof Error ? err.message : String(err));
  }
})();
if (positionals.length !== 1) fail("usage: npm run --silent sources:analyze -- FILE [--date YYYY-MM-DD]");
let published: Date | null = null;
if (values.date !== undefined) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(values.date);
  const date = m ? new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, 12)) : null;
  if (!date || date.getUTCDate() !== +m![3]!) fail(`--date must be a real date as YYYY-MM-DD, not "${values.date}"`);
  published = date;
}
let raw: string;
try {
  raw = readFileSync(positionals[0]!, "utf8");
} catch (err) {
  fail(`cannot read ${positionals[0]}: ${err instanceof Error ? err.message : String(err)}`);
}
process.stdout.write(`${JSON.stringify(analyzeArticle(raw, { published }), null, 2)}\n`);
