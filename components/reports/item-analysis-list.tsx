"use client";

// A client component for its payload, not for interactivity: the page sends this table as
// compact props, where a server component would send every cell twice (HTML and RSC tree).
import { cn } from "@/components/ui/cn";
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
  TableRowHeader,
} from "@/components/ui/table";
import type { ItemStatistics } from "@/db/queries/reports/item-analysis";
import {
  LEVEL_IDS,
  LEVELS,
  QUESTION_KIND_LABELS,
  SKILLS,
  type QuestionKind,
  type SkillId,
  RUBRIC_LEVEL_IDS,
  RUBRIC_LEVELS,
} from "@/lib/content/skills";
import { plural } from "@/lib/plural";
import { percentText } from "@/lib/reports/format";
import { ITEM_FLAG_TEXT, itemFlags, tooFewAnswers } from "@/lib/reports/item-flags";

const LEVEL_HINT = {
  recall: "finding what the article states",
  apply: "applying one reading rule",
  evaluate: "weighing evidence, sources and conclusions",
} as const;

/**
 * Per question: facility, discrimination, flags and the distractor table with each option's
 * misconception; grouped by level, so a class that recalls well but cannot yet evaluate shows.
 */
export function ItemAnalysisList({ items }: { items: ItemStatistics[] }) {
  if (items.every((i) => i.answered === 0)) {
    return (
      <p className="text-muted">No completed attempts yet: item analysis appears once students finish the lesson.</p>
    );
  }
  return (
    <div className="space-y-8">
      {LEVEL_IDS.map((level) => {
        const group = items.filter((i) => i.level === level);
        if (group.length === 0) return null;
        const answered = group.filter((i) => i.facility !== null);
        const mean = answered.length ? answered.reduce((n, i) => n + i.facility!, 0) / answered.length : null;
        return (
          <section key={level} aria-labelledby={`items-${level}`} className="space-y-4">
            <h3 id={`items-${level}`} className="text-lg font-semibold">
              {LEVELS[level]}: {LEVEL_HINT[level]}
            </h3>
            <p className="text-sm text-muted">
              {plural(group.length, "question")}
              {mean !== null && `; on average ${percentText(mean)} answered right`}
            </p>
            <ol className="space-y-6">
              {group.map((item) => (
                <li key={item.questionId} className="space-y-3 rounded-lg border border-stone-200 bg-white p-5">
                  <ItemHeader item={item} />
                  {item.kind === "written" ? <RubricLevelTable item={item} /> : <DistractorTable item={item} />}
                </li>
              ))}
            </ol>
          </section>
        );
      })}
    </div>
  );
}

function ItemHeader({ item }: { item: ItemStatistics }) {
  const flags = itemFlags(item);
  return (
    <>
      <h4 className="font-semibold">
        Question {item.number}: {item.prompt}
      </h4>
      <p className="text-xs uppercase tracking-wide text-muted">
        {QUESTION_KIND_LABELS[item.kind as QuestionKind] ?? item.kind} · {SKILLS[item.skill as SkillId] ?? item.skill} ·{" "}
        {LEVELS[item.level]}
      </p>
      <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">Answered</dt>
        <dd>
          {plural(item.answered, "student")}
          {tooFewAnswers(item.answered) && " (too few to rely on the figures)"}
        </dd>
        <dt className="font-semibold">Facility</dt>
        <dd>
          {item.kind === "written"
            ? `${percentText(item.facility)} mean rubric credit over the scored answers`
            : `${percentText(item.facility)} answered it right`}
        </dd>
        {item.awaitingReview > 0 && (
          <>
            <dt className="font-semibold">Awaiting review</dt>
            <dd>{plural(item.awaitingReview, "answer")} (not in the figures until scored)</dd>
          </>
        )}
        {item.evidenceCredit !== null && (
          <>
            <dt className="font-semibold">Evidence marked</dt>
            <dd>{percentText(item.evidenceCredit)} credit on average for the marks in the article</dd>
          </>
        )}
        <dt className="font-semibold">Discrimination</dt>
        <dd>
          {item.discrimination === null
            ? "— (not defined: everyone or no one got it right, or too few answers)"
            : item.discrimination.toFixed(2)}
        </dd>
      </dl>
      {flags.length > 0 && (
        <div className="rounded-md border-l-4 border-amber-700 bg-amber-50 p-3 text-sm">
          <p className="font-semibold">Check this question</p>
          <ul className="list-disc pl-5">
            {flags.map((f) => (
              <li key={f}>{ITEM_FLAG_TEXT[f]}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}

/** A written question's answers by the rubric level its teacher gave them. */
function RubricLevelTable({ item }: { item: ItemStatistics }) {
  const scored = item.answered - item.awaitingReview;
  return (
    <Table className="bg-transparent">
      <TableCaption>Rubric levels given for question {item.number}</TableCaption>
      <TableHeader>
        <TableHead>Level</TableHead>
        <TableHead>Answers</TableHead>
      </TableHeader>
      <TableBody>
        {RUBRIC_LEVEL_IDS.map((level) => {
          const n = item.levels[level] ?? 0;
          return (
            <TableRow key={level}>
              <TableRowHeader className="font-normal">{RUBRIC_LEVELS[level].label}</TableRowHeader>
              <TableCell className="whitespace-nowrap">
                {n} ({scored > 0 ? percentText(n / scored) : "—"})
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}

function DistractorTable({ item }: { item: ItemStatistics }) {
  return (
    <Table className="bg-transparent">
      <TableCaption>How often each option of question {item.number} was chosen</TableCaption>
      <TableHeader>
        <TableHead>Option</TableHead>
        <TableHead>Chosen by</TableHead>
        <TableHead>What choosing it suggests</TableHead>
      </TableHeader>
      <TableBody>
        {item.options
          .filter((o) => !o.generated || (item.picks[o.id] ?? 0) > 0)
          .map((o) => {
            const key = item.answer.includes(o.id);
            const picks = item.picks[o.id] ?? 0;
            return (
              <TableRow key={o.id} className={cn("align-top", key && "bg-green-50")}>
                <TableRowHeader className="font-normal">
                  {key && <strong>Right answer: </strong>}
                  {o.text}
                </TableRowHeader>
                <TableCell className="whitespace-nowrap">
                  {picks} ({item.answered ? percentText(picks / item.answered) : "—"})
                </TableCell>
                <TableCell>{key ? "—" : (o.misconception ?? "—")}</TableCell>
              </TableRow>
            );
          })}
      </TableBody>
    </Table>
  );
}
