import { listAnswersForExport, listExportAttemptIds } from "@/db/queries/reports/exports";
import { csvFilename, csvResponse } from "@/lib/reports/csv";
import { checkExportAccess } from "@/server/reports/export-access";

const CHUNK = 200;
const HEADER = [
  "student",
  "login",
  "lesson",
  "assignment_id",
  "due_at",
  "attempt",
  "attempt_started_at",
  "attempt_completed_at",
  "late",
  "question_number",
  "question_id",
  "skill",
  "kind",
  "level",
  "chosen",
  "correct",
  "score",
  "evidence_credit",
  "response",
  "awaiting_review",
  "review_level",
  "review_comment",
  "time_spent_ms",
  "answered_at",
];

/** Every answer given in the class's assignments: one row per student × question × attempt, streamed. */
export async function GET(_request: Request, { params }: { params: Promise<{ classId: string }> }) {
  const access = await checkExportAccess((await params).classId);
  if (!access.ok) return access.response;
  const { user, klass } = access;
  const attemptIds = await listExportAttemptIds(user, klass.id);
  async function* chunks() {
    for (let i = 0; i < attemptIds.length; i += CHUNK) {
      const rows = await listAnswersForExport(user, klass.id, attemptIds.slice(i, i + CHUNK));
      yield rows.map((r) => HEADER.map((column) => asCell(r[column as keyof typeof r])));
    }
  }
  return csvResponse(csvFilename(klass.name, "answers", new Date()), HEADER, chunks());
}

/** Drivers return timestamps as Date or text; the CSV gets ISO 8601 in UTC either way. */
function asCell(value: unknown): unknown {
  if (typeof value === "string" && /^\d{4}-\d\d-\d\d[ T]\d\d:\d\d/.test(value)) return new Date(value);
  return value;
}
