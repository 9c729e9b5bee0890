import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { users } from "@/db/schema";
import type { FormState } from "@/lib/form-state";
import { openFormResult } from "@/lib/forms/result-cookie";
import { hashPassword } from "@/lib/passwords";
import {
  createWorld,
  destroyWorld,
  EVIDENCE_SENTENCE,
  PERSONAS,
  snapshot,
  type Persona,
  type World,
} from "../support/authorization-world";
import { formData } from "../support/classroom";
import { Redirected, session, signInAs } from "../support/mock-session";

vi.mock("@/server/session", async () => (await import("../support/mock-session")).sessionModule());
vi.mock("next/navigation", async () => (await import("../support/mock-session")).navigationModule());
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), refresh: vi.fn() }));
vi.mock("@/server/auth", () => ({
  auth: vi.fn(async () => null),
  signIn: vi.fn(async () => undefined),
  signOut: vi.fn(async () => undefined),
}));
vi.mock("next-auth", () => ({
  AuthError: class AuthError extends Error {},
  CredentialsSignin: class CredentialsSignin extends Error {},
}));

type Call = (w: World) => Promise<unknown>;
/** Who may do it; everyone else must be refused and change nothing. "public": no session needed. */
type Row = { call: Call; allowed: readonly Persona[] | "public" };

const TEACHERS = ["owner", "otherTeacher", "admin"] as const;
const SIGNED_IN = ["student", "otherStudent", "owner", "otherTeacher", "admin"] as const;
const OWNER = ["owner", "admin"] as const;

const mod = (file: string) => import(/* @vite-ignore */ path.join(process.cwd(), file));
const action = (file: string, name: string, input: (w: World) => Record<string, string>) => async (w: World) => {
  const fn = (await mod(file))[name] as (prev: FormState, data: FormData) => Promise<unknown>;
  return fn({}, formData(input(w)));
};
const voidAction = (file: string, name: string, input: (w: World) => Record<string, string>) => async (w: World) => {
  const fn = (await mod(file))[name] as (data: FormData) => Promise<unknown>;
  return fn(formData(input(w)));
};
const route =
  (
    file: string,
    method: string,
    url: (w: World) => string,
    params: (w: World) => Record<string, string>,
    body?: (w: World) => Record<string, string>,
  ) =>
  async (w: World) => {
    const handler = (await mod(file))[method] as (
      req: Request,
      ctx: { params: Promise<Record<string, string>> },
    ) => Promise<Response>;
    const init: RequestInit = { method, headers: { host: "localhost" } };
    if (body) init.body = formData(body(w));
    const { NextRequest } = await import("next/server");
    return handler(new NextRequest(new URL(url(w), "http://localhost"), init as never), {
      params: Promise.resolve(params(w)),
    });
  };

const CLASS = "app/teach/classes/[classId]";
const DUE = "2031-01-10T12:00";
type Target = (w: World) => { id: string; name: string };
const resetPassword = (target: Target) =>
  action(`${CLASS}/roster-actions.ts`, "resetStudentPasswordAction", (w) => ({ studentId: target(w).id }));
const eraseFromClass = (classId: (w: World) => string, target: Target) =>
  action(`${CLASS}/students/[studentId]/actions.ts`, "eraseClassStudentAction", (w) => ({
    classId: classId(w),
    studentId: target(w).id,
    confirmName: target(w).name,
  }));
/** Every server action and route handler in app/, by file and export: the test fails on one missing here. */
const MATRIX: Record<string, Row> = {
  "app/(auth)/actions.ts#signInAction": {
    call: action("app/(auth)/actions.ts", "signInAction", () => ({ identifier: "", password: "" })),
    allowed: "public",
  },
  "app/(auth)/actions.ts#signUpAction": {
    call: action("app/(auth)/actions.ts", "signUpAction", () => ({ name: "" })),
    allowed: "public",
  },
  "app/(auth)/actions.ts#signOutAction": {
    call: async () => (await mod("app/(auth)/actions.ts")).signOutAction(),
    allowed: "public",
  },
  "app/account/actions.ts#changePasswordAction": {
    // Each persona changes their own password, knowing the current one.
    call: async (w) => {
      if (session.user)
        await db
          .update(users)
          .set({ passwordHash: await hashPassword("matrix-current-password") })
          .where(eq(users.id, session.user.id));
      return action("app/account/actions.ts", "changePasswordAction", () => ({
        currentPassword: "matrix-current-password",
        newPassword: "matrix-new-password",
        confirmPassword: "matrix-new-password",
      }))(w);
    },
    allowed: SIGNED_IN,
  },
  "app/account/actions.ts#signOutOtherSessionsAction": {
    call: action("app/account/actions.ts", "signOutOtherSessionsAction", () => ({})),
    allowed: SIGNED_IN,
  },
  "app/account/actions.ts#updateAccountAction": {
    call: action("app/account/actions.ts", "updateAccountAction", () => ({ name: "Renamed", timeZone: "UTC" })),
    allowed: SIGNED_IN,
  },
  "app/admin/actions.ts#createInviteAction": {
    call: action("app/admin/actions.ts", "createInviteAction", () => ({ note: "x", days: "7" })),
    allowed: ["admin"],
  },
  "app/admin/actions.ts#revokeInviteAction": {
    call: voidAction("app/admin/actions.ts", "revokeInviteAction", (w) => ({ inviteId: w.inviteId })),
    allowed: ["admin"],
  },
  "app/admin/actions.ts#resetTeacherPasswordAction": {
    call: action("app/admin/actions.ts", "resetTeacherPasswordAction", (w) => ({ teacherId: w.owner.id })),
    allowed: ["admin"],
  },
  "app/admin/students/actions.ts#eraseStudentAction": {
    call: action("app/admin/students/actions.ts", "eraseStudentAction", (w) => ({
      studentId: w.student.id,
      confirmName: w.student.name,
    })),
    allowed: ["admin"],
  },
  "app/join/actions.ts#joinClassAction": {
    call: action("app/join/actions.ts", "joinClassAction", (w) => ({ code: w.joinCode })),
    allowed: ["student", "otherStudent"],
  },
  "app/lessons/[id]/actions.ts#submitAnswerAction": {
    call: action("app/lessons/[id]/actions.ts", "submitAnswerAction", (w) => ({
      lessonId: "who-said-it",
      questionId: "said-budapest-cancelled",
      chosen: "trump",
      attempt: "1",
      assignmentId: w.assignmentId,
    })),
    allowed: ["student"],
  },
  "app/lessons/[id]/actions.ts#retryLessonAction": {
    call: voidAction("app/lessons/[id]/actions.ts", "retryLessonAction", (w) => ({
      lessonId: "who-said-it",
      assignmentId: w.assignmentId,
    })),
    allowed: "public",
  },
  "app/teach/actions.ts#createClassAction": {
    call: action("app/teach/actions.ts", "createClassAction", () => ({ name: "New class" })),
    allowed: TEACHERS,
  },
  [`${CLASS}/actions.ts#updateClassAction`]: {
    call: action(`${CLASS}/actions.ts`, "updateClassAction", (w) => ({ classId: w.classId, name: "Taken over" })),
    allowed: OWNER,
  },
  [`${CLASS}/actions.ts#archiveClassAction`]: {
    call: action(`${CLASS}/actions.ts`, "archiveClassAction", (w) => ({ classId: w.classId, archived: "true" })),
    allowed: OWNER,
  },
  [`${CLASS}/actions.ts#setJoinEnabledAction`]: {
    call: action(`${CLASS}/actions.ts`, "setJoinEnabledAction", (w) => ({ classId: w.classId, enabled: "false" })),
    allowed: OWNER,
  },
  [`${CLASS}/actions.ts#rotateJoinCodeAction`]: {
    call: action(`${CLASS}/actions.ts`, "rotateJoinCodeAction", (w) => ({ classId: w.classId })),
    allowed: OWNER,
  },
  [`${CLASS}/assignments/actions.ts#createAssignmentAction`]: {
    call: action(`${CLASS}/assignments/actions.ts`, "createAssignmentAction", (w) => ({
      classId: w.classId,
      lessonId: "who-said-it",
      dueAt: DUE,
      audience: "class",
    })),
    allowed: OWNER,
  },
  [`${CLASS}/assignments/actions.ts#updateAssignmentAction`]: {
    call: action(`${CLASS}/assignments/actions.ts`, "updateAssignmentAction", (w) => ({
      assignmentId: w.assignmentId,
      dueAt: DUE,
      audience: "class",
    })),
    allowed: OWNER,
  },
  [`${CLASS}/assignments/actions.ts#setAssignmentClosedAction`]: {
    call: action(`${CLASS}/assignments/actions.ts`, "setAssignmentClosedAction", (w) => ({
      assignmentId: w.assignmentId,
      closed: "true",
    })),
    allowed: OWNER,
  },
  [`${CLASS}/assignments/actions.ts#deleteAssignmentAction`]: {
    call: action(`${CLASS}/assignments/actions.ts`, "deleteAssignmentAction", (w) => ({
      assignmentId: w.assignmentId,
    })),
    allowed: OWNER,
  },
  [`${CLASS}/assignments/[assignmentId]/review/actions.ts#scoreResponseAction`]: {
    call: action(`${CLASS}/assignments/[assignmentId]/review/actions.ts`, "scoreResponseAction", (w) => ({
      assignmentId: w.writtenAssignmentId,
      answerId: String(w.writtenAnswerId),
      level: "emerging",
      comment: "Name Bloomberg's sources.",
    })),
    allowed: OWNER,
  },
  [`${CLASS}/roster-actions.ts#removeStudentAction`]: {
    call: action(`${CLASS}/roster-actions.ts`, "removeStudentAction", (w) => ({
      classId: w.classId,
      studentId: w.student.id,
    })),
    allowed: OWNER,
  },
  [`${CLASS}/roster-actions.ts#addStudentsAction`]: {
    call: action(`${CLASS}/roster-actions.ts`, "addStudentsAction", (w) => ({
      classId: w.classId,
      names: "Eve Newcomer",
    })),
    allowed: OWNER,
  },
  // A login the owner made; CREDENTIAL_CASES has the other students.
  [`${CLASS}/roster-actions.ts#resetStudentPasswordAction`]: {
    call: resetPassword((w) => w.madeLogin),
    allowed: OWNER,
  },
  [`${CLASS}/students/[studentId]/actions.ts#eraseClassStudentAction`]: {
    call: eraseFromClass(
      (w) => w.classId,
      (w) => w.madeLogin,
    ),
    allowed: OWNER,
  },
  "app/teach/lessons/actions.ts#saveLessonDetailsAction": {
    call: action("app/teach/lessons/actions.ts", "saveLessonDetailsAction", (w) => ({
      lessonId: w.lessonId,
      title: "Mine",
      summary: "x",
      estimatedMinutes: "5",
    })),
    allowed: OWNER,
  },
  "app/teach/lessons/actions.ts#saveQuestionAction": {
    call: action("app/teach/lessons/actions.ts", "saveQuestionAction", (w) => ({
      lessonId: w.lessonId,
      questionId: w.questionId,
      kind: "outlet-attribution",
      skill: "who-reported",
      prompt: "Changed?",
      explanation: "x",
      "option-0-text": "Bloomberg",
      "option-0-id": "bloomberg",
      "option-1-text": "The Kyiv Independent",
      "option-1-id": "kyiv",
      "option-1-misconception": "m",
      correct: "0",
      evidence: EVIDENCE_SENTENCE,
    })),
    allowed: OWNER,
  },
  "app/teach/lessons/actions.ts#deleteQuestionAction": {
    call: action("app/teach/lessons/actions.ts", "deleteQuestionAction", (w) => ({
      lessonId: w.lessonId,
      questionId: w.questionId,
    })),
    allowed: OWNER,
  },
  "app/teach/lessons/actions.ts#addSourceAction": {
    call: action("app/teach/lessons/actions.ts", "addSourceAction", (w) => ({
      lessonId: w.lessonId,
      sourceId: w.secondSourceId,
    })),
    allowed: ["owner"],
  },
  "app/teach/lessons/actions.ts#deleteLessonAction": {
    call: action("app/teach/lessons/actions.ts", "deleteLessonAction", (w) => ({
      lessonId: w.lessonId,
      confirm: "yes",
    })),
    allowed: OWNER,
  },
  "app/teach/lessons/actions.ts#publishLessonAction": {
    call: action("app/teach/lessons/actions.ts", "publishLessonAction", (w) => ({ lessonId: w.lessonId })),
    allowed: OWNER,
  },
  "app/teach/sources/actions.ts#prepareImportAction": {
    call: action("app/teach/sources/actions.ts", "prepareImportAction", () => ({
      text: "A council voted on the pier today, officials said. ".repeat(8),
    })),
    allowed: TEACHERS,
  },
  "app/teach/sources/actions.ts#saveImportedSourceAction": {
    call: action("app/teach/sources/actions.ts", "saveImportedSourceAction", () => ({
      title: "T",
      outlet: "O",
      author: "A",
      published: "2025-01-01",
      genre: "news-report",
      body: "word ".repeat(100),
    })),
    allowed: TEACHERS,
  },
  "app/api/health/route.ts#GET": {
    call: route(
      "app/api/health/route.ts",
      "GET",
      () => "/api/health",
      () => ({}),
    ),
    allowed: "public",
  },
  "app/api/auth/[...nextauth]/route.ts#GET": { call: async () => undefined, allowed: "public" },
  // The plain endpoints asked for as pages: a redirect to the form's page, which checks for itself.
  ...Object.fromEntries(
    [
      "app/(auth)/sign-in/submit/route.ts",
      "app/(auth)/sign-up/submit/route.ts",
      "app/join/submit/route.ts",
      "app/teach/classes/route.ts",
      `${CLASS}/students/route.ts`,
      `${CLASS}/assignments/route.ts`,
      `${CLASS}/assignments/[assignmentId]/review/submit/route.ts`,
    ].map((file) => [`${file}#GET`, { call: async () => undefined, allowed: "public" } satisfies Row]),
  ),
  "app/api/auth/[...nextauth]/route.ts#POST": { call: async () => undefined, allowed: "public" },
  // The forms' plain posts without JavaScript (server/forms/plain-post.ts): the same handlers as their actions.
  "app/(auth)/sign-in/submit/route.ts#POST": {
    call: route(
      "app/(auth)/sign-in/submit/route.ts",
      "POST",
      () => "/sign-in/submit",
      () => ({}),
      () => ({ identifier: "", password: "" }),
    ),
    allowed: "public",
  },
  "app/(auth)/sign-up/submit/route.ts#POST": {
    call: route(
      "app/(auth)/sign-up/submit/route.ts",
      "POST",
      () => "/sign-up/submit",
      () => ({}),
      () => ({ name: "" }),
    ),
    allowed: "public",
  },
  "app/join/submit/route.ts#POST": {
    call: route(
      "app/join/submit/route.ts",
      "POST",
      () => "/join/submit",
      () => ({}),
      (w) => ({ code: w.joinCode }),
    ),
    allowed: ["student", "otherStudent"],
  },
  "app/teach/classes/route.ts#POST": {
    call: route(
      "app/teach/classes/route.ts",
      "POST",
      () => "/teach/classes",
      () => ({}),
      () => ({ name: "New class" }),
    ),
    allowed: TEACHERS,
  },
  [`${CLASS}/students/route.ts#POST`]: {
    call: route(
      `${CLASS}/students/route.ts`,
      "POST",
      (w) => `/teach/classes/${w.classId}/students`,
      (w) => ({ classId: w.classId }),
      () => ({ names: "Eve Newcomer" }),
    ),
    allowed: OWNER,
  },
  [`${CLASS}/assignments/route.ts#POST`]: {
    call: route(
      `${CLASS}/assignments/route.ts`,
      "POST",
      (w) => `/teach/classes/${w.classId}/assignments`,
      (w) => ({ classId: w.classId }),
      () => ({ lessonId: "who-said-it", dueAt: DUE, audience: "class" }),
    ),
    allowed: OWNER,
  },
  "app/lessons/[id]/answer/route.ts#POST": {
    call: route(
      "app/lessons/[id]/answer/route.ts",
      "POST",
      () => "/lessons/who-said-it/answer",
      () => ({ id: "who-said-it" }),
      (w) => ({
        lessonId: "who-said-it",
        questionId: "said-budapest-cancelled",
        chosen: "trump",
        attempt: "1",
        assignmentId: w.assignmentId,
      }),
    ),
    allowed: ["student"],
  },
  // The quiz of an assignment, as JSON for the prerendered lesson page: its student's alone.
  "app/api/lessons/[id]/quiz/route.ts#GET": {
    call: route(
      "app/api/lessons/[id]/quiz/route.ts",
      "GET",
      (w) => `/api/lessons/who-said-it/quiz?assignment=${w.assignmentId}`,
      () => ({ id: "who-said-it" }),
    ),
    allowed: ["student"],
  },
  [`${CLASS}/assignments/[assignmentId]/review/submit/route.ts#POST`]: {
    call: route(
      `${CLASS}/assignments/[assignmentId]/review/submit/route.ts`,
      "POST",
      (w) => `/teach/classes/${w.classId}/assignments/${w.writtenAssignmentId}/review/submit`,
      (w) => ({ classId: w.classId, assignmentId: w.writtenAssignmentId }),
      (w) => ({ answerId: String(w.writtenAnswerId), level: "mastery", comment: "Well sourced." }),
    ),
    allowed: OWNER,
  },
  // The class page's figures, as JSON for its prerendered page: the class's teachers alone.
  "app/api/teach/classes/[classId]/route.ts#GET": {
    call: route(
      "app/api/teach/classes/[classId]/route.ts",
      "GET",
      (w) => `/api/teach/classes/${w.classId}`,
      (w) => ({ classId: w.classId }),
    ),
    allowed: OWNER,
  },
  // The class report's figures, as JSON for its prerendered page: the class's teachers alone.
  "app/api/teach/classes/[classId]/report/route.ts#GET": {
    call: route(
      "app/api/teach/classes/[classId]/report/route.ts",
      "GET",
      (w) => `/api/teach/classes/${w.classId}/report`,
      (w) => ({ classId: w.classId }),
    ),
    allowed: OWNER,
  },
  "app/api/teach/classes/[classId]/assignments/[assignmentId]/report/route.ts#GET": {
    call: route(
      "app/api/teach/classes/[classId]/assignments/[assignmentId]/report/route.ts",
      "GET",
      (w) => `/api/teach/classes/${w.classId}/assignments/${w.assignmentId}/report`,
      (w) => ({ classId: w.classId, assignmentId: w.assignmentId }),
    ),
    allowed: OWNER,
  },
  "app/api/teach/classes/[classId]/students/[studentId]/route.ts#GET": {
    call: route(
      "app/api/teach/classes/[classId]/students/[studentId]/route.ts",
      "GET",
      (w) => `/api/teach/classes/${w.classId}/students/${w.student.id}`,
      (w) => ({ classId: w.classId, studentId: w.student.id }),
    ),
    allowed: OWNER,
  },
  [`${CLASS}/answers.csv/route.ts#GET`]: {
    call: route(
      `${CLASS}/answers.csv/route.ts`,
      "GET",
      (w) => `/teach/classes/${w.classId}/answers.csv`,
      (w) => ({ classId: w.classId }),
    ),
    allowed: OWNER,
  },
  [`${CLASS}/scores.csv/route.ts#GET`]: {
    call: route(
      `${CLASS}/scores.csv/route.ts`,
      "GET",
      (w) => `/teach/classes/${w.classId}/scores.csv`,
      (w) => ({ classId: w.classId }),
    ),
    allowed: OWNER,
  },
  // Anyone may ask who is signed in (the answer is about their own cookie) and sign themselves out.
  "app/account/status/route.ts#GET": {
    call: route(
      "app/account/status/route.ts",
      "GET",
      () => "/account/status",
      () => ({}),
    ),
    allowed: "public",
  },
  "app/account/sign-out/route.ts#POST": {
    call: route(
      "app/account/sign-out/route.ts",
      "POST",
      () => "/account/sign-out",
      () => ({}),
      () => ({}),
    ),
    allowed: "public",
  },
  "app/account/data/route.ts#GET": {
    call: route(
      "app/account/data/route.ts",
      "GET",
      () => "/account/data",
      () => ({}),
    ),
    allowed: SIGNED_IN,
  },
  [`${CLASS}/students/[studentId]/data/route.ts#GET`]: {
    call: route(
      `${CLASS}/students/[studentId]/data/route.ts`,
      "GET",
      (w) => `/teach/classes/${w.classId}/students/${w.student.id}/data`,
      (w) => ({ classId: w.classId, studentId: w.student.id }),
    ),
    allowed: OWNER,
  },
  "app/admin/students/[studentId]/data/route.ts#GET": {
    call: route(
      "app/admin/students/[studentId]/data/route.ts",
      "GET",
      (w) => `/admin/students/${w.student.id}/data`,
      (w) => ({ studentId: w.student.id }),
    ),
    allowed: ["admin"],
  },
};

/**
 * Resetting a password and erasing follow who made the login (getStudentAccountAccess): only the
 * teacher who made it, and an administrator. Not a teacher whose class the student is also in.
 */
const CREDENTIAL_CASES: Record<string, Row> = {
  "reset a self-registered student in the owner's class": { call: resetPassword((w) => w.student), allowed: ["admin"] },
  "erase a self-registered student in the owner's class": {
    call: eraseFromClass(
      (w) => w.classId,
      (w) => w.student,
    ),
    allowed: ["admin"],
  },
  // The other teacher made this login: theirs to reset, wherever the student also is.
  "reset another teacher's login in the owner's class": {
    call: resetPassword((w) => w.otherTeachersLogin),
    allowed: ["otherTeacher", "admin"],
  },
  "erase another teacher's login, from the owner's class": {
    call: eraseFromClass(
      (w) => w.classId,
      (w) => w.otherTeachersLogin,
    ),
    allowed: ["admin"],
  },
  // Also in the owner's class: erasing stays an administrator's decision even for the teacher who made it.
  "erase another teacher's login, from that teacher's class": {
    call: eraseFromClass(
      (w) => w.otherClassId,
      (w) => w.otherTeachersLogin,
    ),
    allowed: ["admin"],
  },
};

/** Every `"use server"` export and route-handler method under app/, read from the source. */
function endpointsInSource(dir = "app"): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir)) {
    const file = path.join(dir, entry);
    if (statSync(file).isDirectory()) found.push(...endpointsInSource(file));
    else if (/\.tsx?$/.test(entry)) {
      const text = readFileSync(file, "utf8");
      const isActions = /^["']use server["']/m.test(text);
      const isRoute = entry === "route.ts";
      if (!isActions && !isRoute) continue;
      const names = [...text.matchAll(/^export (?:const|async function|function) ([A-Za-z]+)/gm)].map((m) => m[1]!);
      const reexported = [...text.matchAll(/^export const \{ ([^}]+) \}/gm)].flatMap((m) =>
        m[1]!.split(",").map((n) =>
          n
            .trim()
            .split(/\s*:\s*/)
            .pop()!,
        ),
      );
      for (const name of [...names, ...reexported])
        if (!isRoute || /^(GET|POST|PUT|PATCH|DELETE)$/.test(name)) found.push(`${file}#${name}`);
    }
  }
  return found.sort();
}

/** What a plain form post left for its form's page (lib/forms/result-cookie.ts), if anything. */
function formResultOf(response: Response) {
  const cookies = new Map(
    response.headers.getSetCookie().map((c) => c.split(";")[0]!.split(/=(.*)/s).slice(0, 2) as [string, string]),
  );
  return openFormResult((name) => cookies.get(name) || undefined, process.env.AUTH_SECRET!);
}

/** A refusal: a message and no success, no redirect, no 2xx response. */
function outcome(result: unknown): "allowed" | "refused" {
  if (result instanceof Redirected) return "allowed";
  if (result instanceof Response) {
    // A plain form post answers 303 either way: back to the form with its state, or on to the next page.
    const left = formResultOf(result);
    if (left) return left.state.ok ? "allowed" : "refused";
    return result.status < 300 || (result.status === 303 && !result.headers.get("location")?.includes("problem="))
      ? "allowed"
      : "refused";
  }
  if (result && typeof result === "object") {
    const state = result as FormState<unknown> & { error?: string; feedback?: unknown };
    if (state.ok || state.feedback) return "allowed";
    return "refused";
  }
  return "refused";
}

const worlds: World[] = [];
afterAll(async () => {
  signInAs(null);
  for (const w of worlds) await destroyWorld(w).catch(() => undefined);
});

describe("the authorization matrix", () => {
  it("covers every server action and route handler in the source", () => {
    expect(Object.keys(MATRIX).sort()).toEqual(endpointsInSource());
  });

  for (const [endpoint, row] of [...Object.entries(MATRIX), ...Object.entries(CREDENTIAL_CASES)]) {
    if (row.allowed === "public") continue;
    const allowed = row.allowed;
    it(`${endpoint}: only ${allowed.join(", ") || "nobody (input refused)"}`, async () => {
      const w = await createWorld();
      worlds.push(w);
      const refusedFirst = [...PERSONAS].sort((a, b) => Number(allowed.includes(a)) - Number(allowed.includes(b)));
      for (const persona of refusedFirst) {
        signInAs(persona === "anonymous" ? null : w[persona]);
        const before = await snapshot(w);
        const result = await row.call(w).catch((e: unknown) => (e instanceof Redirected ? e : Promise.reject(e)));
        const changed = (await snapshot(w)) !== before;
        // An action that answers nothing (a plain form action) is judged by what it changed.
        const judged = result === undefined ? (changed ? "allowed" : "refused") : outcome(result);
        if (allowed.includes(persona)) {
          expect(judged, `${persona} should be allowed: ${JSON.stringify(result)}`).toBe("allowed");
          break;
        }
        expect(judged, `${persona} should be refused`).toBe("refused");
        expect(changed, `${persona} changed something`).toBe(false);
      }
    });
  }
});
