import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { markedPassages } from "./marked-passages";
import { selectPreparedRows, selectRows } from "@/db";
import type { UserRole } from "@/db/schema";
import type { Viewer } from "./class-access";
import {
  accessFromFacts,
  studentAccountFacts,
  type StudentAccountAccess,
  type StudentAccountFacts,
} from "./student-account-access";

/**
 * Whose work an export holds: everything (the student's own download, an administrator's), or
 * what a teacher sees anyway: the account and the work done in that teacher's classes.
 */
export type ExportScope = { kind: "everything" } | { kind: "teacher-classes"; teacherId: string };

export type StudentDataExport = {
  format: "byline-student-data";
  version: 1;
  exportedAt: string;
  scope: ExportScope["kind"];
  note: string;
  account: {
    id: string;
    role: UserRole;
    name: string;
    email: string | null;
    username: string | null;
    timeZone: string;
    loginCreatedByTeacher: string | null;
    ageConfirmedAt: string | null;
    createdAt: string;
    updatedAt: string;
  };
  classes: {
    id: string;
    name: string;
    section: string | null;
    schoolYear: string | null;
    teacher: string;
    joinedAt: string;
    archivedAt: string | null;
  }[];
  assignments: {
    id: string;
    classId: string;
    lessonId: string;
    lessonTitle: string;
    opensAt: string | null;
    dueAt: string;
    closedAt: string | null;
  }[];
  attempts: ExportedAttempt[];
  /** Browsers signed in now (only in the full export: a teacher's export is about their classes). */
  sessions?: { device: string; signedInAt: string; lastSeenAt: string }[];
};

type ExportedAttempt = {
  id: string;
  lessonId: string;
  lessonTitle: string;
  assignmentId: string | null;
  number: number;
  startedAt: string;
  completedAt: string | null;
  score: number | null;
  late: boolean;
  questionCount: number;
  answers: {
    questionId: string;
    kind: string;
    skill: string;
    prompt: string;
    /** The options the student chose, with their text as it was shown. */
    chosen: { id: string; text: string }[];
    /** Every option's id in the order the student saw them; null for answers stored before orders were kept. */
    shownOrder: string[] | null;
    /** Null while a written answer awaits its teacher's review. */
    correct: boolean | null;
    score: number | null;
    /** Written questions: what the student wrote and the teacher's review. */
    response: string | null;
    review: { level: string; comment: string | null; reviewedAt: string } | null;
    /** Two-tier items: the words the student marked in the article, and the credit they earned; else null. */
    marks: { source: string; start: number; end: number; text: string }[] | null;
    evidenceCredit: number | null;
    timeSpentMs: number | null;
    answeredAt: string;
  }[];
};

const NOTES = {
  everything:
    "Everything Byline stores about this account. Passwords are stored only as a one-way hash and are not included.",
  "teacher-classes":
    "The account and the work done in the requesting teacher's classes only: practice on the student's own and work in other teachers' classes are left out. The student can download everything from their Account page, and an administrator can export everything.",
} as const;

const iso = (value: string | Date) => new Date(value).toISOString();
const isoOrNull = (value: string | Date | null) => (value === null ? null : iso(value));

/** The classes an export covers: the student's, limited to one teacher's when scoped. */
function classFilter(scope: ExportScope, alias: string): SQL {
  return scope.kind === "everything" ? sql`true` : sql`${sql.raw(alias)}.teacher_id = ${scope.teacherId}`;
}

/** Everything stored about a student, without secrets (password hash, session version) or answer keys. */
export async function getStudentDataExport(
  studentId: string,
  scope: ExportScope,
  now = new Date(),
): Promise<StudentDataExport | null> {
  const [account] = await selectRows<{
    id: string;
    role: UserRole;
    name: string;
    email: string | null;
    username: string | null;
    time_zone: string;
    created_by_name: string | null;
    age_confirmed_at: string | Date | null;
    created_at: string | Date;
    updated_at: string | Date;
  }>(sql`
    select u.id, u.role, u.name, u.email, u.username, u.time_zone, creator.name as created_by_name,
           u.age_confirmed_at, u.created_at, u.updated_at
    from users u left join users creator on creator.id = u.created_by_id
    where u.id = ${studentId}`);
  if (!account) return null;
  const [classes, assignments, attempts] = await Promise.all([
    listExportClasses(studentId, scope),
    listExportAssignments(studentId, scope),
    listExportAttempts(studentId, scope),
  ]);
  return {
    format: "byline-student-data",
    version: 1,
    exportedAt: now.toISOString(),
    scope: scope.kind,
    note: NOTES[scope.kind],
    account: {
      id: account.id,
      role: account.role,
      name: account.name,
      email: account.email,
      username: account.username,
      timeZone: account.time_zone,
      loginCreatedByTeacher: account.created_by_name,
      ageConfirmedAt: isoOrNull(account.age_confirmed_at),
      createdAt: iso(account.created_at),
      updatedAt: iso(account.updated_at),
    },
    classes,
    assignments,
    attempts,
    ...(scope.kind === "everything" ? { sessions: await listExportSessions(studentId) } : {}),
  };
}

async function listExportSessions(studentId: string): Promise<NonNullable<StudentDataExport["sessions"]>> {
  const rows = await selectRows<{ device: string; created_at: string | Date; last_seen_at: string | Date }>(
    sql`select device, created_at, last_seen_at from sessions where user_id = ${studentId} order by created_at`,
  );
  return rows.map((r) => ({ device: r.device, signedInAt: iso(r.created_at), lastSeenAt: iso(r.last_seen_at) }));
}

async function listExportClasses(studentId: string, scope: ExportScope): Promise<StudentDataExport["classes"]> {
  const rows = await selectRows<{
    id: string;
    name: string;
    section: string | null;
    school_year: string | null;
    teacher: string;
    joined_at: string | Date;
    archived_at: string | Date | null;
  }>(sql`
    select c.id, c.name, c.section, c.school_year, t.name as teacher, e.created_at as joined_at, c.archived_at
    from enrollments e
    join classes c on c.id = e.class_id
    join users t on t.id = c.teacher_id
    where e.student_id = ${studentId} and ${classFilter(scope, "c")}
    order by e.created_at, c.id`);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    section: r.section,
    schoolYear: r.school_year,
    teacher: r.teacher,
    joinedAt: iso(r.joined_at),
    archivedAt: isoOrNull(r.archived_at),
  }));
}

/** Assignments set for the student in their classes, and any other they made an attempt at. */
async function listExportAssignments(studentId: string, scope: ExportScope): Promise<StudentDataExport["assignments"]> {
  const rows = await selectRows<{
    id: string;
    class_id: string;
    lesson_id: string;
    lesson_title: string;
    opens_at: string | Date | null;
    due_at: string | Date;
    closed_at: string | Date | null;
  }>(sql`
    select a.id, a.class_id, a.lesson_id, l.title as lesson_title, a.opens_at, a.due_at, a.closed_at
    from assignments a
    join classes c on c.id = a.class_id
    join lessons l on l.id = a.lesson_id
    where ${classFilter(scope, "c")} and (
      (exists (select 1 from enrollments e where e.class_id = a.class_id and e.student_id = ${studentId})
        and (a.whole_class or exists (select 1 from assignment_students s where s.assignment_id = a.id and s.student_id = ${studentId})))
      or exists (select 1 from attempts t where t.assignment_id = a.id and t.user_id = ${studentId}))
    order by a.due_at, a.id`);
  return rows.map((r) => ({
    id: r.id,
    classId: r.class_id,
    lessonId: r.lesson_id,
    lessonTitle: r.lesson_title,
    opensAt: isoOrNull(r.opens_at),
    dueAt: iso(r.due_at),
    closedAt: isoOrNull(r.closed_at),
  }));
}

type AnswerJson = Omit<ExportedAttempt["answers"][number], "answeredAt"> & { answeredAt: string };

async function listExportAttempts(studentId: string, scope: ExportScope): Promise<ExportedAttempt[]> {
  const inScope =
    scope.kind === "everything"
      ? sql`true`
      : sql`exists (select 1 from assignments a join classes c on c.id = a.class_id where a.id = t.assignment_id and ${classFilter(scope, "c")})`;
  const rows = await selectRows<{
    id: string;
    lesson_id: string;
    lesson_title: string;
    assignment_id: string | null;
    number: number;
    started_at: string | Date;
    completed_at: string | Date | null;
    score: number | null;
    late: boolean;
    question_count: number;
    answers: AnswerJson[];
  }>(sql`
    select t.id, t.lesson_id, l.title as lesson_title, t.assignment_id, t.number, t.started_at, t.completed_at, t.score, t.late, t.question_count,
           coalesce((
             select json_agg(json_build_object(
                      'questionId', x.question_id, 'kind', qv.kind, 'skill', qv.skill, 'prompt', qv.prompt,
                      'chosen', (select coalesce(json_agg(json_build_object('id', c.id, 'text', coalesce(opt->>'text', '')) order by c.n), '[]')
                                 from unnest(x.chosen) with ordinality as c(id, n)
                                 left join lateral (select o from jsonb_array_elements(qv.options) o where o->>'id' = c.id limit 1) found(opt) on true),
                      'shownOrder', x.shown_order,
                      'correct', x.correct, 'score', x.score, 'response', x.response,
                      'review', (select json_build_object('level', r.level, 'comment', r.comment, 'reviewedAt', r.reviewed_at)
                                   from answer_reviews r where r.answer_id = x.id),
                      'marks', ${markedPassages},
                      'evidenceCredit', x.mark_credit,
                      'timeSpentMs', x.time_spent_ms, 'answeredAt', x.created_at)
                    order by x.created_at, x.id)
             from answers x join question_versions qv on qv.id = x.question_version_id
             where x.attempt_id = t.id), '[]') as answers
    from attempts t join lessons l on l.id = t.lesson_id
    where t.user_id = ${studentId} and ${inScope}
    order by t.started_at, t.id`);
  return rows.map((r) => ({
    id: r.id,
    lessonId: r.lesson_id,
    lessonTitle: r.lesson_title,
    assignmentId: r.assignment_id,
    number: r.number,
    startedAt: iso(r.started_at),
    completedAt: isoOrNull(r.completed_at),
    score: r.score,
    late: r.late,
    questionCount: r.question_count,
    answers: r.answers.map((a) => ({ ...a, answeredAt: iso(a.answeredAt) })),
  }));
}

export type StudentPrivacySummary = {
  id: string;
  name: string;
  login: string;
  classes: { id: string; name: string; teacher: string }[];
  attempts: number;
  answers: number;
};

/**
 * A student account the viewer may export: for a teacher, a student on one of their rosters; for
 * an administrator, any student account. Null otherwise. Who may erase it is
 * getStudentAccountAccess's rule.
 */
export async function getStudentPrivacySummary(
  viewer: Viewer,
  studentId: string,
): Promise<StudentPrivacySummary | null> {
  const [row] = await selectRows<StudentPrivacySummary>(studentPrivacySummary(viewer, studentId));
  return row ?? null;
}

/** getStudentPrivacySummary's statement (at most one row, the summary's fields). */
function studentPrivacySummary(viewer: Viewer, studentId: string): SQL {
  return sql`
    select u.id, u.name, coalesce(u.username, u.email, '') as login,
           (select count(*)::int from attempts t where t.user_id = u.id) as attempts,
           (select count(*)::int from answers x join attempts t on t.id = x.attempt_id where t.user_id = u.id) as answers,
           coalesce((select json_agg(json_build_object('id', c.id, 'name', c.name, 'teacher', tu.name) order by c.name, c.id)
                     from enrollments e join classes c on c.id = e.class_id join users tu on tu.id = c.teacher_id
                     where e.student_id = u.id), '[]') as classes
    from users u
    where u.id = ${studentId} and u.role = 'student'
      and (${viewer.role} = 'admin' or exists (
        select 1 from enrollments e join classes c on c.id = e.class_id where e.student_id = u.id and c.teacher_id = ${viewer.id}))`;
}

/**
 * getStudentPrivacySummary and getStudentAccountAccess in one statement, for a student's page in
 * a class, which asks both on every view (they depend on other classes, so they are not cached
 * with the class's figures): one database round trip instead of two.
 */
export async function getStudentAccountView(
  viewer: Viewer,
  studentId: string,
): Promise<{ privacy: StudentPrivacySummary | null; access: StudentAccountAccess | null }> {
  // Prepared: a student's page asks it on every view (the account's controls are not cached with
  // the class's figures), and its plan does not depend on the student.
  const [row] = await selectPreparedRows<{
    privacy: StudentPrivacySummary | null;
    facts: StudentAccountFacts | null;
  }>(sql`
    select (select row_to_json(p) from (${studentPrivacySummary(viewer, studentId)}) p) as privacy,
           (select row_to_json(f) from (${studentAccountFacts(viewer, studentId)}) f) as facts`);
  return { privacy: row?.privacy ?? null, access: accessFromFacts(viewer, row?.facts) };
}

/** How much of a student's data the viewer may export, once it is known the student is theirs: a teacher gets what they see anyway. */
export function exportScopeFor(viewer: Viewer): ExportScope {
  return viewer.role === "admin" ? { kind: "everything" } : { kind: "teacher-classes", teacherId: viewer.id };
}

export type StudentSearchResult = { id: string; name: string; login: string; classCount: number };

/** Student accounts whose name, email or username contains the text (administrators only: the caller checks). */
export async function searchStudents(text: string): Promise<StudentSearchResult[]> {
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return selectRows<StudentSearchResult>(sql`
    select u.id, u.name, coalesce(u.username, u.email, '') as login,
           (select count(*)::int from enrollments e where e.student_id = u.id) as "classCount"
    from users u
    where u.role = 'student' and (u.name ilike ${pattern} or u.email ilike ${pattern} or u.username ilike ${pattern})
    order by u.name, u.id
    limit 50`);
}

/** Whether any account has this id: after an erasure, none does. */
export async function accountExists(id: string): Promise<boolean> {
  const [row] = await selectRows<{ one: number }>(sql`select 1 as one from users where id = ${id}`);
  return Boolean(row);
}
