import { formatContentError } from "@/lib/content/content-error";
import { keyPositionWarning } from "@/lib/content/key-positions";
import { readContent } from "@/lib/content/load-content";

const dir = process.argv[2];
const { sources, lessons, errors } = readContent(dir);
if (errors.length > 0) {
  for (const e of errors) console.error(formatContentError(e));
  console.error(`\ncontent:check failed: ${errors.length} problem(s).`);
  process.exit(1);
}
// Warnings go to stderr beside errors, but never fail the check.
const warnings = lessons.flatMap((l) => keyPositionWarning(l) ?? []);
for (const w of warnings) console.warn(`${w.file}: warning: ${w.message}`);
const questions = lessons.reduce((n, l) => n + l.questions.length, 0);
const evidence = lessons.reduce((n, l) => n + l.questions.reduce((m, q) => m + q.evidence.length, 0), 0);
console.log(
  `content:check ok: ${sources.length} sources, ${lessons.length} lessons, ${questions} questions, ` +
    `${evidence} evidence passages found verbatim` +
    (warnings.length > 0 ? `; ${warnings.length} warning(s).` : "."),
);
