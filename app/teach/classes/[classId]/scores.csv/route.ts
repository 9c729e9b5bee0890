import { listExportAssignments, listStudentScores } from "@/db/queries/reports/exports";
import { csvFilename, csvResponse } from "@/lib/reports/csv";
import { studentScoreCells } from "@/lib/reports/score-export";
import { checkExportAccess } from "@/server/reports/export-access";

const PAGE = 200;

/** One row per student: each assignment's best score and status, then the average; streamed page by page. */
export async function GET(_request: Request, { params }: { params: Promise<{ classId: string }> }) {
  const access = await checkExportAccess((await params).classId);
  if (!access.ok) return access.response;
  const { user, klass } = access;
  const assignments = await listExportAssignments(user, klass.id);
  const header = [
    "student",
    "login",
    ...assignments.flatMap((a) => [
      `${a.lesson_title} (due ${new Date(a.due_at).toISOString().slice(0, 10)}): score %`,
      `${a.lesson_title}: status`,
    ]),
    "average of done work %",
  ];
  async function* pages() {
    let after: { name: string; id: string } | null = null;
    for (;;) {
      const rows = await listStudentScores(user, klass.id, after, PAGE);
      yield rows.map((r) => studentScoreCells(r, assignments));
      if (rows.length < PAGE) return;
      const last = rows.at(-1)!;
      after = { name: last.student, id: last.student_id };
    }
  }
  return csvResponse(csvFilename(klass.name, "scores", new Date()), header, pages());
}
