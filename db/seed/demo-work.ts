import { sql } from "drizzle-orm";
import type { EvidenceRecord, OptionRecord } from "@/db/schema";
import type { QuestionKind } from "@/lib/content/skills";
import { hasServerSecret, serverSecret } from "@/lib/env";
import { gradeAnswer } from "@/lib/grading/grade-answer";
import { drawOptionOrder } from "@/lib/quiz/option-order";
import { selectRows, type Tx } from "../index";

const DAY = 86_400_000;

/**
 * A fortnight of class work for the demo class, so the teacher's reports have something to show.
 * Each pattern is a student's attempt: 1 = the key, 0 = the first wrong option; a short pattern is
 * an attempt still in progress. Days are counted back from the moment of seeding.
 */
export const DEMO_WORK = [
  {
    lessonId: "who-said-it",
    opensDaysAgo: 10,
    dueDaysAgo: 3,
    attempts: [
      { student: "amara@byline.test", daysAgo: 5, pattern: [1, 1, 1, 1, 0, 1, 1, 1, 0, 1] },
      { student: "ben@byline.test", daysAgo: 2, pattern: [1, 0, 1, 0, 0, 1, 0, 1, 0, 0] },
      { student: "chloe@byline.test", daysAgo: 4, pattern: [1, 1, 0, 1, 1, 1, 1, 0, 1, 1] },
      { student: "chloe@byline.test", daysAgo: 1, pattern: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1] },
    ],
  },
  {
    lessonId: "fact-quote-or-opinion",
    opensDaysAgo: 1,
    dueDaysAgo: -7,
    attempts: [{ student: "amara@byline.test", daysAgo: 0, pattern: [1, 1, 0] }],
  },
] as const;

type Version = {
  question_id: string;
  version_id: number;
  kind: QuestionKind;
  answer: string[];
  options: OptionRecord[];
  mark_evidence: boolean;
  evidence: EvidenceRecord[];
  question_count: number;
};

export async function seedDemoWork(
  tx: Tx,
  classId: string,
  teacherId: string,
  idOf: (key: string) => string | undefined,
): Promise<void> {
  const now = Date.now();
  for (const work of DEMO_WORK) {
    const versions = await selectRows<Version>(
      sql`select q.id as question_id, qv.id as version_id, qv.kind, qv.answer, qv.options, qv.mark_evidence, qv.evidence, jsonb_array_length(l.question_order) as question_count
          from lessons l
          cross join lateral jsonb_array_elements_text(l.question_order) with ordinality as o(id, n)
          join questions q on q.id = o.id
          join question_versions qv on qv.id = q.current_version_id
          where l.id = ${work.lessonId} and l.status = 'published'
          order by o.n`,
      tx,
    );
    if (versions.length === 0) continue; // the lesson is not in this content set
    const [assignment] = await selectRows<{ id: string }>(
      sql`insert into assignments (class_id, lesson_id, created_by_id, opens_at, due_at)
          values (${classId}, ${work.lessonId}, ${teacherId}, ${new Date(now - work.opensDaysAgo * DAY)}, ${new Date(now - work.dueDaysAgo * DAY)})
          returning id`,
      tx,
    );
    const numbers = new Map<string, number>();
    for (const attempt of work.attempts) {
      const userId = idOf(attempt.student)!;
      const number = (numbers.get(userId) ?? 0) + 1;
      numbers.set(userId, number);
      await seedAttempt(tx, {
        userId,
        lessonId: work.lessonId,
        assignmentId: assignment!.id,
        number,
        versions,
        pattern: attempt.pattern,
        startedAt: now - attempt.daysAgo * DAY - 3600_000,
        dueAt: now - work.dueDaysAgo * DAY,
      });
    }
  }
}

/** Two demo students' written answers: one careful, one that gives no reason from the article. */
const DEMO_RESPONSES = [
  "The article says the plan had contributions from both sides, but then concludes that none of it comes from Kyiv. Its own quote does not support that conclusion.",
  "I think the article is biased so it is not true.",
] as const;

async function seedAttempt(
  tx: Tx,
  a: {
    userId: string;
    lessonId: string;
    assignmentId: string;
    number: number;
    versions: Version[];
    pattern: readonly number[];
    startedAt: number;
    dueAt: number;
  },
): Promise<void> {
  const answered = a.versions.slice(0, a.pattern.length).map((v, i) => {
    // A written question: an answer left for the demo teacher to score in the review queue.
    const written = v.kind === "written";
    const chosen = written ? [] : a.pattern[i] ? v.answer : [v.options.find((o) => !v.answer.includes(o.id))!.id];
    // A two-tier item: a student who chose the key marked its evidence; one who did not, nothing.
    const marks = v.mark_evidence
      ? a.pattern[i]
        ? v.evidence.map(({ source, start, end }) => ({ source, start, end }))
        : []
      : null;
    return {
      v,
      chosen,
      marks,
      response: written ? DEMO_RESPONSES[a.pattern[i] ? 0 : 1] : null,
      grade: gradeAnswer(v, chosen, marks ?? []),
      at: new Date(a.startedAt + (i + 1) * 45_000),
      spent: 25_000 + i * 3_000,
    };
  });
  const questionCount = a.versions[0]!.question_count;
  const completedAt = answered.length === questionCount ? answered.at(-1)!.at : null;
  // As attempt_score (migration 0009) counts it: the mean of the scored answers.
  const scored = answered.flatMap((x) => (x.grade.score === null ? [] : [x.grade.score]));
  const score = completedAt && scored.length > 0 ? scored.reduce((sum, s) => sum + s, 0) / scored.length : null;
  const [attempt] = await selectRows<{ id: string }>(
    sql`insert into attempts (user_id, lesson_id, assignment_id, number, question_count, started_at, completed_at, score, late)
        values (${a.userId}, ${a.lessonId}, ${a.assignmentId}, ${a.number}, ${questionCount}, ${new Date(a.startedAt)}, ${completedAt}, ${score},
                ${completedAt !== null && completedAt.getTime() > a.dueAt})
        returning id`,
    tx,
  );
  const textArray = (values: string[]) =>
    sql`array[${sql.join(
      values.map((c) => sql`${c}`),
      sql`, `,
    )}]::text[]`;
  // The order the quiz page would have drawn for this student and attempt (the secret is set by
  // every command that seeds; without one, the authored order).
  const secret = hasServerSecret() ? serverSecret() : null;
  for (const x of answered) {
    const seat = {
      subject: a.userId,
      lessonId: a.lessonId,
      assignmentId: a.assignmentId,
      attempt: a.number,
      questionId: x.v.question_id,
    };
    const shown = secret ? drawOptionOrder(x.v.options, seat, secret) : x.v.options.map((o) => o.id);
    await tx.execute(
      sql`insert into answers (attempt_id, question_id, question_version_id, chosen, shown_order, score, correct, time_spent_ms, created_at,
                               marks, mark_credit, response)
          values (${attempt!.id}, ${x.v.question_id}, ${x.v.version_id}, ${textArray(x.chosen)}, ${textArray(shown)},
                  ${x.grade.score}, ${x.grade.correct}, ${x.spent}, ${x.at},
                  ${x.marks ? JSON.stringify(x.marks) : null}::jsonb, ${x.grade.marking?.credit ?? null}::real, ${x.response})`,
    );
  }
}
