/**
 * `npm run --silent sources:suggest -- FILE [--date YYYY-MM-DD] [--outlet NAME] [--author NAME]
 * [--genre news|opinion] [--all]`: the questions Byline would suggest for one article, as JSON on
 * stdout in the `content:export` shape (lib/content/export-question-bank.ts), each with its
 * `confidence`, the `reasons` that lowered it and its `status` ("suggested", "check": shown to
 * the teacher as "Check this: …"). `--all` prints every draft made, those under the threshold too
 * (`status: "below-threshold"`), with no limit. The file is read as it is; the lesson and source
 * id is the file's name as a slug. See docs/analysis.md, "Question suggestions".
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { statusOf } from "../lib/analysis/suggest-confidence";
import { slugify } from "../lib/analysis/suggest-drafts";
import { suggestLesson } from "../lib/analysis/suggest-questions";
import { exportQuestionBank } from "../lib/content/export-question-bank";
import { resolveQuestion } from "../lib/content/resolve-question";
import type { Question } from "../lib/content/types";

const USAGE =
  "usage: npm run --silent sources:suggest -- FILE [--date YYYY-MM-DD] [--outlet NAME] [--author NAME] [--genre news|opinion] [--all]";

function fail(message: string): never {
  process.stderr.write(`sources:suggest: ${message.replace(/\s+/g, " ").trim()}\n`);
  process.exit(2);
}

const { values, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        date: { type: "string" },
        outlet: { type: "string" },
        author: { type: "string" },
        genre: { type: "string" },
        all: { type: "boolean" },
      },
    });
  } catch (err) {
    return fail(err instanceof Error ? err.message : String(err));
  }
})();
if (positionals.length !== 1) fail(USAGE);
if (values.date !== undefined) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(values.date);
  const date = m ? new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, 12)) : null;
  if (!date || date.getUTCDate() !== +m![3]! || date.getUTCMonth() !== +m![2]! - 1)
    fail(`--date must be a real date as YYYY-MM-DD, not "${values.date}"`);
}
const GENRES = { news: "news-report", "news-report": "news-report", opinion: "opinion" } as const;
const genre = values.genre === undefined ? "news-report" : GENRES[values.genre as keyof typeof GENRES];
if (!genre) fail(`--genre must be news or opinion, not "${values.genre}"`);
for (const name of ["outlet", "author"] as const) {
  if (values[name] !== undefined && !values[name].trim()) fail(`--${name} must not be empty`);
}
const file = positionals[0]!;
let body: string;
try {
  body = readFileSync(file, "utf8");
} catch (err) {
  fail(`cannot read ${file}: ${err instanceof Error ? err.message : String(err)}`);
}
if (!body.trim()) fail(`${file} is empty`);

const id = slugify(path.basename(file).replace(/\.[^.]*$/, ""));
const source = {
  id,
  outlet: values.outlet?.trim() ?? "the outlet",
  author: values.author?.trim() ?? null,
  genre,
  body,
  published: values.date ?? null,
};
const suggestions = suggestLesson([source], values.all ? { all: true } : {});
const bodies = new Map([[id, { body }]]);
const resolved = suggestions.map((s, i) => {
  const q = resolveQuestion(s.question, { lessonId: id, lessonSources: [id], bodies, position: i + 1, line: 0 });
  // Every suggestion is checked against its source before it is returned; this cannot happen.
  if (Array.isArray(q)) throw new Error(`${s.question.id}: ${q.map((p) => p.message).join("; ")}`);
  return q as Question;
});
const lesson = {
  id,
  title: id,
  summary: `Suggestions for ${file}`,
  sources: [id],
  demo: false,
  estimatedMinutes: 1,
  questions: resolved,
  file,
};
const out = exportQuestionBank([lesson]).map((entry, i) => ({
  ...entry,
  confidence: suggestions[i]!.confidence,
  reasons: suggestions[i]!.reasons,
  status: statusOf(suggestions[i]!.confidence),
}));
process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
