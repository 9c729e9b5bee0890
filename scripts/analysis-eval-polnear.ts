/**
 * `npm run analysis:eval:polnear -- DIR [--split dev] [--json]`: scores lib/analysis against the
 * PolNeAR attribution annotations (brat standoff) of one split. DIR is the PolNeAR root (holding
 * data/) or its data folder; the corpus stays outside the repository. Prints, per outlet and in
 * total, direct quotes (P/R/F1 after trimming; exact and overlapping counts), speaker accuracy by
 * bucket, and indirect-speech content P/R/F1. Conventions: docs/analysis.md, section "PolNeAR".
 * Bad arguments exit with code 2 and one line on stderr.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { analyzeArticle } from "../lib/analysis/analyze";
import { f1 } from "../lib/analysis/evaluate";
import {
  addScores,
  emptyScore,
  parseArticleName,
  polnearGold,
  scorePolnear,
  type PolnearScore,
  type SpeakerBucket,
} from "../lib/analysis/polnear";

function fail(message: string): never {
  process.stderr.write(`analysis:eval:polnear: ${message}\n`);
  process.exit(2);
}

const USAGE = "usage: npm run analysis:eval:polnear -- DIR [--split train|dev] [--json] [--article NAME] [--list]";
let dir: string | null = null;
let split = "dev";
let json = false;
let list = false;
let only: string | null = null;
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === "--json") json = true;
  else if (a === "--list") list = true;
  else if (a === "--split" || a.startsWith("--split=")) {
    const v = a.includes("=") ? a.slice(a.indexOf("=") + 1) : args[++i];
    if (!v || !/^(?:train|dev|test)$/.test(v)) fail(`--split needs train, dev or test (${USAGE})`);
    split = v;
  } else if (a === "--article" || a.startsWith("--article=")) {
    const v = a.includes("=") ? a.slice(a.indexOf("=") + 1) : args[++i];
    if (!v) fail(`--article needs a name (${USAGE})`);
    only = v;
  } else if (a.startsWith("-")) fail(`unknown option ${a} (${USAGE})`);
  else if (dir === null) dir = a;
  else fail(`one directory only (${USAGE})`);
}
if (!dir) fail(`no directory given (${USAGE})`);
const isDir = (p: string) => existsSync(p) && statSync(p).isDirectory();
if (!isDir(dir)) fail(`not a directory: ${dir}`);
const data = isDir(path.join(dir, "data", split)) ? path.join(dir, "data") : isDir(path.join(dir, split)) ? dir : null;
if (!data) fail(`no ${split} split under ${dir} (expected DIR/data/${split} or DIR/${split})`);
const textDir = path.join(data, split, "text");
const annDir = path.join(data, split, "attributions");
if (!isDir(textDir) || !isDir(annDir)) fail(`expected ${split}/text and ${split}/attributions under ${data}`);

const anns = readdirSync(annDir)
  .filter((f) => f.endsWith(".ann"))
  .sort();
const articles = readdirSync(textDir)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => f.replace(/\.txt$/, ""))
  .filter((name) => !only || name === only || name.startsWith(only));
if (!articles.length) fail(`no articles in ${textDir}`);

type Row = { name: string; outlet: string; score: PolnearScore };
const rows: Row[] = [];
for (const name of articles) {
  // Several annotators for one text: the first .ann by sorted name.
  const ann = anns.find((f) => f.startsWith(`${name}_`) && /^[0-9a-f]+\.ann$/i.test(f.slice(name.length + 1)));
  if (!ann) continue;
  const raw = readFileSync(path.join(textDir, `${name}.txt`), "utf8");
  const gold = polnearGold(raw, readFileSync(path.join(annDir, ann), "utf8"));
  const { outlet, published } = parseArticleName(name);
  const analysis = analyzeArticle(raw, { published });
  const score = scorePolnear(raw, gold, analysis);
  rows.push({ name, outlet, score });
  if (list) {
    // Debugging aid: every gold and predicted item of the article.
    const show = (s: { start: number; end: number }) => JSON.stringify(raw.slice(s.start, s.end).slice(0, 160));
    console.log(`## ${name}`);
    for (const g of gold.indirect) console.log(`gold-ind ${g.start}-${g.end} ${show(g)}`);
    for (const q of analysis.quotes.filter((q) => q.kind === "indirect"))
      console.log(`pred-ind ${q.start}-${q.end} [${q.speaker}] ${show(q)}`);
  }
}

const pct = (n: number, d: number) => (d ? ((100 * n) / d).toFixed(1) : "–");
const prf = (matched: number, found: number, gold: number) => {
  const p = found ? matched / found : 0;
  const r = gold ? matched / gold : 0;
  return { p: 100 * p, r: 100 * r, f1: 100 * f1(p, r) };
};
const BUCKETS: SpeakerBucket[] = ["named", "described", "pronoun", "unnamed", "unresolved", "no-source"];
const scored = (s: PolnearScore) =>
  BUCKETS.filter((b) => b !== "unresolved" && b !== "no-source").reduce(
    (t, b) => ({ total: t.total + s.speaker[b].total, right: t.right + s.speaker[b].right }),
    { total: 0, right: 0 },
  );

const outlets = [...new Set(rows.map((r) => r.outlet))].sort();
const groups: { label: string; articles: number; score: PolnearScore }[] = [
  ...outlets.map((o) => {
    const rs = rows.filter((r) => r.outlet === o);
    return { label: o, articles: rs.length, score: rs.reduce((t, r) => addScores(t, r.score), emptyScore()) };
  }),
  { label: "**total**", articles: rows.length, score: rows.reduce((t, r) => addScores(t, r.score), emptyScore()) },
];

if (json) {
  console.log(
    JSON.stringify(
      {
        split,
        groups: groups.map((g) => {
          const d = g.score.direct;
          const i = g.score.indirect;
          const sp = scored(g.score);
          return {
            label: g.label.replace(/\*/g, ""),
            articles: g.articles,
            direct: { ...d, ...prf(d.matched, d.found, d.gold) },
            speaker: { accuracy: sp.total ? (100 * sp.right) / sp.total : 0, ...sp, buckets: g.score.speaker },
            fairSpeaker: {
              accuracy: g.score.fairSpeaker.total ? (100 * g.score.fairSpeaker.right) / g.score.fairSpeaker.total : 0,
              ...g.score.fairSpeaker,
            },
            indirect: { ...i, ...prf(i.matched, i.found, i.gold) },
          };
        }),
      },
      null,
      2,
    ),
  );
} else {
  const lines = [
    `PolNeAR ${split}: ${rows.length} articles.`,
    "",
    "| outlet | articles | direct gold | found | P % | R % | F1 % | exact | overlapping | speaker % (n) | indirect gold | found | P % | R % | F1 % |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...groups.map((g) => {
      const d = g.score.direct;
      const i = g.score.indirect;
      const dp = prf(d.matched, d.found, d.gold);
      const ip = prf(i.matched, i.found, i.gold);
      const sp = scored(g.score);
      return `| ${g.label} | ${g.articles} | ${d.gold} | ${d.found} | ${dp.p.toFixed(1)} | ${dp.r.toFixed(1)} | ${dp.f1.toFixed(1)} | ${d.exact} | ${d.overlapping} | ${pct(sp.right, sp.total)} (${sp.total}) | ${i.gold} | ${i.found} | ${ip.p.toFixed(1)} | ${ip.r.toFixed(1)} | ${ip.f1.toFixed(1)} |`;
    }),
    "",
    "Speaker accuracy by bucket (total): " +
      BUCKETS.map((b) => {
        const s = groups.at(-1)!.score.speaker[b];
        return b === "unresolved" || b === "no-source"
          ? `${b} ${s.total} (not scored)`
          : `${b} ${pct(s.right, s.total)} % of ${s.total}`;
      }).join("; ") +
      ".",
    `Fair speaker accuracy, beside the strict figure (gold "he"/"she" resolved to the latest earlier Source naming one person of that gender): ${pct(groups.at(-1)!.score.fairSpeaker.right, groups.at(-1)!.score.fairSpeaker.total)} % of ${groups.at(-1)!.score.fairSpeaker.total}.`,
    `Unmatched indirect predictions that fall on mostly quoted content (counted as false positives): ${groups.at(-1)!.score.indirect.onMostlyQuoted}.`,
  ];
  console.log(lines.join("\n"));
}
