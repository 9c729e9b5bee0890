import "server-only";
import { and, asc, desc, eq, isNotNull, or, sql, type SQL } from "drizzle-orm";
import { db, selectRows } from "@/db";
import { lessons, lessonSources, sources, users, type DraftQuestion, type SourceRow } from "@/db/schema";
import type { LessonSummary } from "@/lib/content/catalog";
import { SKILLS, type SkillId } from "@/lib/content/skills";
import type { Source } from "@/lib/content/types";
import type { SessionUser } from "./users";
import { lessonVisibleTo } from "./lesson-access";

type Viewer = Pick<SessionUser, "id" | "role">;

/** A teacher may edit their own lessons; an administrator any teacher's. Built-in ones are read-only. */
const editableBy = (viewer: Viewer) =>
  viewer.role === "admin" ? isNotNull(lessons.ownerId) : eq(lessons.ownerId, viewer.id);

function sourceFromRow(row: SourceRow): Source {
  return {
    id: row.id,
    title: row.title,
    outlet: row.outlet,
    publication: row.publication ?? undefined,
    outletUrl: row.outletUrl ?? undefined,
    url: row.url ?? undefined,
    author: row.author,
    authorRole: row.authorRole ?? undefined,
    published: row.publishedOn,
    genre: row.genre,
    section: row.section ?? undefined,
    photo: row.photoCaption ? { caption: row.photoCaption, credit: row.photoCredit ?? undefined } : undefined,
    captureNote: row.captureNote ?? "",
    body: row.body,
    file: "",
  };
}

export type TeacherLessonSummary = {
  id: string;
  title: string;
  status: "draft" | "published" | "retired";
  shared: boolean;
  draftCount: number;
  outlets: string[];
  unpublishedChanges: boolean;
  /** Set for a lesson another teacher shared. */
  authorName: string | null;
};

/** The viewer's own lessons (drafts too), then the published lessons other teachers share. */
export async function listTeacherLessons(viewer: Viewer): Promise<TeacherLessonSummary[]> {
  const rows = await db
    .select({
      id: lessons.id,
      title: lessons.title,
      status: lessons.status,
      shared: lessons.shared,
      ownerId: lessons.ownerId,
      authorName: users.name,
      draftCount: sql<number>`coalesce(jsonb_array_length(${lessons.draftQuestions}), 0)::int`,
      unpublishedChanges: sql<boolean>`${lessons.publishedAt} is null or ${lessons.draftUpdatedAt} > ${lessons.publishedAt}`,
      outlets: sql<string[]>`array(select s.outlet from ${lessonSources} ls join ${sources} s on s.id = ls.source_id
                                    where ls.lesson_id = ${lessons.id} order by ls.position)`,
    })
    .from(lessons)
    .innerJoin(users, eq(users.id, lessons.ownerId))
    .where(or(eq(lessons.ownerId, viewer.id), and(eq(lessons.shared, true), eq(lessons.status, "published"))))
    .orderBy(asc(sql`${lessons.ownerId} <> ${viewer.id}`), desc(lessons.updatedAt))
    .limit(500);
  return rows.map(({ ownerId, authorName, ...r }) => ({ ...r, authorName: ownerId === viewer.id ? null : authorName }));
}

export type LessonDraft = {
  id: string;
  title: string;
  summary: string;
  estimatedMinutes: number;
  status: "draft" | "published" | "retired";
  shared: boolean;
  publishedAt: Date | null;
  unpublishedChanges: boolean;
  sources: Source[];
  questions: DraftQuestion[];
};

/** A lesson its viewer may edit, with its sources and the questions under review; null otherwise. */
export async function getLessonDraft(viewer: Viewer, lessonId: string): Promise<LessonDraft | null> {
  const [lesson] = await db
    .select()
    .from(lessons)
    .where(and(eq(lessons.id, lessonId), editableBy(viewer)))
    .limit(1);
  if (!lesson) return null;
  return {
    id: lesson.id,
    title: lesson.title,
    summary: lesson.summary,
    estimatedMinutes: lesson.estimatedMinutes,
    status: lesson.status,
    shared: lesson.shared,
    publishedAt: lesson.publishedAt,
    unpublishedChanges: !lesson.publishedAt || (lesson.draftUpdatedAt ?? lesson.publishedAt) > lesson.publishedAt,
    sources: await listLessonSources(lessonId),
    questions: lesson.draftQuestions ?? [],
  };
}

/** The viewer's imported sources, newest first: what they can group into a lesson. */
export async function listOwnSources(viewer: Viewer) {
  return db
    .select({ id: sources.id, title: sources.title, outlet: sources.outlet, published: sources.publishedOn })
    .from(sources)
    .where(eq(sources.ownerId, viewer.id))
    .orderBy(desc(sources.createdAt))
    .limit(500);
}

/** One of the viewer's imported sources, whole; null when it is not theirs. */
export async function getOwnSource(viewer: Viewer, sourceId: string): Promise<Source | null> {
  const [row] = await db
    .select()
    .from(sources)
    .where(and(eq(sources.id, sourceId), eq(sources.ownerId, viewer.id)))
    .limit(1);
  return row ? sourceFromRow(row) : null;
}

/** A published teacher's lesson as a student reads it (title and full sources), when they may. */
export async function getAuthoredLessonReading(lessonId: string, userId: string) {
  const [lesson] = await selectRows<{ id: string; title: string; summary: string; estimated_minutes: number }>(sql`
    select l.id, l.title, l.summary, l.estimated_minutes from lessons l
    where l.id = ${lessonId} and l.owner_id is not null and l.status = 'published' and ${lessonVisibleTo(userId)}`);
  if (!lesson) return null;
  return {
    id: lesson.id,
    title: lesson.title,
    summary: lesson.summary,
    estimatedMinutes: lesson.estimated_minutes,
    sources: await listLessonSources(lessonId),
  };
}

/** A lesson's sources, whole, in reading order; callers have already checked the lesson may be read. */
async function listLessonSources(lessonId: string): Promise<Source[]> {
  const rows = await db
    .select({ source: sources })
    .from(lessonSources)
    .innerJoin(sources, eq(sources.id, lessonSources.sourceId))
    .where(eq(lessonSources.lessonId, lessonId))
    .orderBy(asc(lessonSources.position));
  return rows.map((r) => sourceFromRow(r.source));
}

type AuthoredRow = {
  id: string;
  title: string;
  summary: string;
  estimated_minutes: number;
  question_count: number;
  skills: SkillId[];
  sources: { id: string; title: string; outlet: string; author: string; published: string; genre: Source["genre"] }[];
};

/** Published teachers' lessons the user may read, as library cards: their teachers' own and shared ones. */
export async function listAuthoredLessons(userId: string): Promise<LessonSummary[]> {
  const rows = await selectRows<AuthoredRow>(sql`
    select l.id, l.title, l.summary, l.estimated_minutes, jsonb_array_length(l.question_order)::int as question_count,
      array(select distinct qv.skill from questions q join question_versions qv on qv.id = q.current_version_id
            where q.lesson_id = l.id and q.retired_at is null) as skills,
      (select coalesce(jsonb_agg(jsonb_build_object('id', s.id, 'title', s.title, 'outlet', s.outlet, 'author', s.author,
                'published', s.published_on, 'genre', s.genre) order by ls.position), '[]')
         from lesson_sources ls join sources s on s.id = ls.source_id where ls.lesson_id = l.id) as sources
    from lessons l
    where l.owner_id is not null and l.status = 'published' and ${lessonVisibleTo(userId)}
    order by l.published_at desc nulls last
    limit 200`);
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    summary: r.summary,
    demo: false,
    estimatedMinutes: r.estimated_minutes,
    questionCount: r.question_count,
    skills: r.skills.filter((s) => s in SKILLS).map((id) => ({ id, label: SKILLS[id] })),
    sources: r.sources,
  }));
}

/**
 * Teachers' lessons a teacher may assign: their own published ones and those shared with everyone
 * (an administrator: every teacher's published lesson); built-in ones are db/queries/lessons.ts's.
 * The viewer may also be the columns of a user the same statement reads (the class page's
 * figures, db/queries/reports/class-data-version.ts).
 */
export function assignableBy(viewer: Viewer | { id: SQL; role: SQL }): SQL {
  return sql`${lessons.status} = 'published' and ${lessons.ownerId} is not null
    and (${lessons.ownerId} = ${viewer.id} or ${lessons.shared} or ${viewer.role} = 'admin')`;
}

/** The lessons of `assignableBy` as one JSON array of { id, title }, by title, for a statement that reads more. */
export function assignableAuthoredLessonsJson(viewer: { id: SQL; role: SQL }): SQL {
  return sql`(select coalesce(json_agg(json_build_object('id', l.id, 'title', l.title) order by l.title), '[]'::json)
    from (select ${lessons.id} as id, ${lessons.title} as title from ${lessons}
          where ${assignableBy(viewer)} order by ${lessons.title} limit 500) l)`;
}

export async function listAssignableAuthoredLessons(viewer: Viewer): Promise<{ id: string; title: string }[]> {
  return db
    .select({ id: lessons.id, title: lessons.title })
    .from(lessons)
    .where(assignableBy(viewer))
    .orderBy(asc(lessons.title))
    .limit(500);
}
