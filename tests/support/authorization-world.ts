import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { inArray, or, sql } from "drizzle-orm";
import { db, selectRows } from "@/db";
import { createAssignment } from "@/db/mutations/assignments";
import { createImportedSource } from "@/db/mutations/teacher-lessons";
import type { SessionUser } from "@/db/queries/users";
import { enrollments, lessons, sources, teacherInvites, users } from "@/db/schema";
import type { QuestionInput } from "@/lib/content/schema";
import { createAccount, createClassWithStudents, deleteAccounts } from "./classroom";
import { recordAnswerNow } from "./record-answer";

export const PERSONAS = ["anonymous", "student", "otherStudent", "owner", "otherTeacher", "admin"] as const;
export type Persona = (typeof PERSONAS)[number];

/**
 * Everything one matrix row may touch: the owner's class, student, assignment, lesson and invite, and outsiders.
 * `student` signed up on their own (an email, no creator) and joined the owner's class with its code.
 */
export type World = Record<Exclude<Persona, "anonymous">, SessionUser> & {
  /** A login the owner made for a young student, on the owner's roster. */
  madeLogin: StudentLogin;
  /** A login the other teacher made, on the other teacher's roster and the owner's too. */
  otherTeachersLogin: StudentLogin;
  classId: string;
  otherClassId: string;
  joinCode: string;
  assignmentId: string;
  /** An assignment of the evidence lesson, and the student's written answer to it, awaiting review. */
  writtenAssignmentId: string;
  writtenAnswerId: number;
  lessonId: string;
  questionId: string;
  secondSourceId: string;
  inviteId: string;
};

const BODY = readFileSync("content/sources/kyiv-independent-2025-11-24-secretive-negotiations.txt", "utf8")
  .split(/^---$/m)[2]!
  .trim();
export const EVIDENCE_SENTENCE = /[^.\n]*Bloomberg[^.\n]*\./.exec(BODY)![0].trim();

const draft = (sourceId: string): QuestionInput[] => [
  {
    id: "who-reported",
    kind: "outlet-attribution",
    skill: "who-reported",
    prompt: "Who reported it?",
    options: [
      { id: "bloomberg", text: "Bloomberg", feedback: "Right." },
      {
        id: "kyiv",
        text: "The Kyiv Independent",
        feedback: "No.",
        misconception: "Takes the relaying outlet for the source",
      },
    ],
    answer: ["bloomberg"],
    explanation: "The sentence credits Bloomberg.",
    evidence: [{ source: sourceId, quote: EVIDENCE_SENTENCE }],
  },
];

export type StudentLogin = { id: string; name: string };

/** A username login made by `teacherId` (as on the class page), enrolled in the classes given. */
export async function createTeacherMadeLogin(
  teacherId: string,
  name: string,
  classIds: string[],
): Promise<StudentLogin> {
  const [login] = await db
    .insert(users)
    .values({
      role: "student",
      name,
      username: `made-${randomUUID()}`,
      passwordHash: "not-a-real-hash",
      createdById: teacherId,
    })
    .returning({ id: users.id, name: users.name });
  await db.insert(enrollments).values(classIds.map((classId) => ({ classId, studentId: login!.id })));
  return login!;
}

const ARTICLE = {
  title: "Talks",
  outlet: "The Kyiv Independent",
  author: "A. Writer",
  authorRole: null,
  published: "2025-11-23",
  url: null,
  genre: "news-report" as const,
  section: null,
  captureNote: "Test.",
  body: BODY,
};

export async function createWorld(): Promise<World> {
  const [student, otherStudent, owner, otherTeacher, admin] = await Promise.all([
    createAccount("student", "Matrix Student"),
    createAccount("student", "Other Student"),
    createAccount("teacher", "Owner Teacher"),
    createAccount("teacher", "Other Teacher"),
    createAccount("admin", "Matrix Admin"),
  ]);
  const classId = await createClassWithStudents(owner.id, { name: "Owner's class" }, [student]);
  const otherClassId = await createClassWithStudents(otherTeacher.id, { name: "Other class" }, [otherStudent]);
  const madeLogin = await createTeacherMadeLogin(owner.id, "Made By Owner", [classId]);
  const otherTeachersLogin = await createTeacherMadeLogin(otherTeacher.id, "Made By Other", [otherClassId, classId]);
  const [{ join_code: joinCode }] = (await selectRows<{ join_code: string }>(
    sql`select join_code from classes where id = ${classId}`,
  )) as [{ join_code: string }];
  const assignment = await createAssignment({
    classId,
    lessonId: "who-said-it",
    createdById: owner.id,
    opensAt: null,
    dueAt: new Date(Date.now() + 86_400_000),
    studentIds: null,
  });
  if (!assignment.ok) throw new Error(assignment.message);
  const written = await createAssignment({
    classId,
    lessonId: "evidence-and-argument",
    createdById: owner.id,
    opensAt: null,
    dueAt: new Date(Date.now() + 86_400_000),
    studentIds: null,
  });
  if (!written.ok) throw new Error(written.message);
  const response = await recordAnswerNow({
    userId: student.id,
    lessonId: "evidence-and-argument",
    questionId: "ev-written-who-knows",
    chosen: [],
    response: "It relays Bloomberg, whose sources are not named.",
    assignmentId: written.id,
  });
  if ("refusal" in response) throw new Error(response.refusal);
  const [writtenAnswer] = await selectRows<{ id: number }>(
    sql`select x.id::int as id from answers x where x.attempt_id = ${response.attemptId}`,
  );
  const { lessonId } = await createImportedSource(owner.id, ARTICLE, draft);
  const { sourceId: secondSourceId } = await createImportedSource(owner.id, { ...ARTICLE, title: "More talks" }, draft);
  const [invite] = await db
    .insert(teacherInvites)
    .values({ codeHash: `matrix-${lessonId}`, createdById: admin.id, expiresAt: new Date(Date.now() + 86_400_000) })
    .returning({ id: teacherInvites.id });
  return {
    student,
    otherStudent,
    owner,
    otherTeacher,
    admin,
    madeLogin,
    otherTeachersLogin,
    classId,
    otherClassId,
    joinCode,
    assignmentId: assignment.id,
    writtenAssignmentId: written.id,
    writtenAnswerId: writtenAnswer!.id,
    lessonId,
    questionId: "who-reported",
    secondSourceId,
    inviteId: invite!.id,
  };
}

export async function destroyWorld(w: World): Promise<void> {
  const teachers = [w.owner.id, w.otherTeacher.id, w.admin.id];
  await db.execute(
    sql`delete from assignments where class_id in (select id from classes where teacher_id in ${sql.raw(`('${teachers.join("','")}')`)})`,
  );
  await db.delete(lessons).where(inArray(lessons.ownerId, teachers));
  await db.delete(sources).where(inArray(sources.ownerId, teachers));
  await db
    .delete(teacherInvites)
    .where(or(inArray(teacherInvites.createdById, teachers), inArray(teacherInvites.id, [w.inviteId])));
  await deleteAccounts([w.student.id, w.otherStudent.id, ...teachers]);
}

/**
 * What a refused call must not have changed: every row of the world's classes, rosters,
 * assignments, lessons, sources, users, invites and attempts.
 */
export async function snapshot(w: World): Promise<string> {
  const people = [
    w.student.id,
    w.otherStudent.id,
    w.owner.id,
    w.otherTeacher.id,
    w.admin.id,
    w.madeLogin.id,
    w.otherTeachersLogin.id,
  ];
  const list = sql.raw(`('${people.join("','")}')`);
  const rows = await selectRows<{ state: unknown }>(sql`select json_build_array(
      (select json_agg(c order by c.id) from classes c where c.teacher_id in ${list}),
      (select json_agg(e order by e.class_id, e.student_id) from enrollments e where e.student_id in ${list}),
      (select json_agg(a order by a.id) from assignments a where a.class_id in (select id from classes where teacher_id in ${list})),
      (select json_agg(l order by l.id) from lessons l where l.owner_id in ${list}),
      (select json_agg(s.id order by s.id) from sources s where s.owner_id in ${list}),
      (select json_agg(u order by u.id) from users u where u.id in ${list} or u.created_by_id in ${list}),
      (select json_agg(i order by i.id) from teacher_invites i where i.id = ${w.inviteId}),
      (select json_agg(t order by t.id) from attempts t where t.user_id in ${list}),
      (select json_agg(json_build_array(x.score, x.correct, r) order by x.id) from answers x
         join attempts t on t.id = x.attempt_id left join answer_reviews r on r.answer_id = x.id
         where t.user_id in ${list})) as state`);
  return JSON.stringify(rows[0]!.state);
}
