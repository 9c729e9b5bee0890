import "server-only";
import { sql } from "drizzle-orm";
import { selectPreparedRows } from "@/db";
import { lessonVisibleTo } from "./lesson-access";
import type { EvidenceRecord, OptionRecord } from "@/db/schema";
import type { QuestionKind, SkillId } from "@/lib/content/skills";

/** What a student may see of a question before answering: no key, no feedback, no explanation. */
export type PublicQuestion = {
  id: string;
  versionId: number;
  position: number;
  kind: QuestionKind;
  skill: SkillId;
  prompt: string;
  /** In authored order; `pinned` options keep their place when a student's order is drawn. */
  options: { id: string; text: string; pinned?: boolean }[];
  /** Highlight items: the source and where each sentence sits in it (positions, not the key). */
  sourceId: string | null;
  optionSpans: Record<string, { start: number; end: number }> | null;
  /** Two-tier: after choosing, the student marks the evidence in the article. */
  markEvidence: boolean;
};

type Row = {
  id: string;
  version_id: number;
  position: number;
  kind: QuestionKind;
  skill: SkillId;
  prompt: string;
  options: OptionRecord[];
  source_id: string | null;
  option_spans: Record<string, EvidenceRecord> | null;
  mark_evidence: boolean;
};

/**
 * The lesson's current questions in order, reduced to what may be shown before answering; none
 * when `userId` may not read the lesson (null: a guest).
 */
export async function listPublicQuestions(lessonId: string, userId: string | null): Promise<PublicQuestion[]> {
  const rows = await selectPreparedRows<Row>(sql`
    select q.id, qv.id as version_id, o.pos::int as position, qv.kind, qv.skill, qv.prompt, qv.options,
           qv.source_id, qv.option_spans, qv.mark_evidence
    from lessons l
    cross join lateral jsonb_array_elements_text(l.question_order) with ordinality as o(question_id, pos)
    join questions q on q.id = o.question_id and q.retired_at is null
    join question_versions qv on qv.id = q.current_version_id
    where l.id = ${lessonId} and l.status = 'published' and ${lessonVisibleTo(userId)}
    order by o.pos`);
  return rows.map((r) => ({
    id: r.id,
    versionId: r.version_id,
    position: r.position,
    kind: r.kind,
    skill: r.skill,
    prompt: r.prompt,
    options: r.options.map((o) => ({ id: o.id, text: o.text, ...(o.pinned ? { pinned: true } : {}) })),
    sourceId: r.source_id,
    optionSpans: r.option_spans
      ? Object.fromEntries(Object.entries(r.option_spans).map(([id, s]) => [id, { start: s.start, end: s.end }]))
      : null,
    markEvidence: r.mark_evidence,
  }));
}
