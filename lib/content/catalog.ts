import "server-only";
import { loadContent } from "./load-content";
import { SKILLS, type SkillId } from "./skills";
import type { Content, Source } from "./types";

/**
 * Built-in content, read from the content files. It is part of the build, so pages that show it
 * prerender into the static shell without a database. Answer keys never leave this module except
 * through functions whose names say so.
 */
let content: Content | undefined;
function builtIn(): Content {
  content ??= loadContent();
  return content;
}

export type SourceSummary = Pick<Source, "id" | "title" | "outlet" | "author" | "published" | "genre" | "dateNote">;

export type LessonSummary = {
  id: string;
  title: string;
  summary: string;
  demo: boolean;
  estimatedMinutes: number;
  questionCount: number;
  skills: { id: SkillId; label: string }[];
  sources: SourceSummary[];
};

function summarizeSource(s: Source): SourceSummary {
  return {
    id: s.id,
    title: s.title,
    outlet: s.outlet,
    author: s.author,
    published: s.published,
    genre: s.genre,
    ...(s.dateNote ? { dateNote: s.dateNote } : {}),
  };
}

export function listSources(): SourceSummary[] {
  return builtIn().sources.map(summarizeSource);
}

export function getSource(id: string): Source | null {
  return builtIn().sources.find((s) => s.id === id) ?? null;
}

export function listLessons(): LessonSummary[] {
  const { lessons, sources } = builtIn();
  return lessons.map((l) => ({
    id: l.id,
    title: l.title,
    summary: l.summary,
    demo: l.demo,
    estimatedMinutes: l.estimatedMinutes,
    questionCount: l.questions.length,
    skills: [...new Set(l.questions.map((q) => q.skill))].map((id) => ({ id, label: SKILLS[id] })),
    sources: l.sources.map((id) => summarizeSource(sources.find((s) => s.id === id)!)),
  }));
}

/** The built-in lessons a teacher may assign (demos are open to guests, not assignable), for the assignment form. */
export function assignableBuiltInLessons(): { id: string; title: string }[] {
  return builtIn()
    .lessons.filter((l) => !l.demo)
    .map((l) => ({ id: l.id, title: l.title }));
}

export function lessonsUsingSource(sourceId: string): LessonSummary[] {
  return listLessons().filter((l) => l.sources.some((s) => s.id === sourceId));
}

/** A lesson's reading: its title, summary and full sources. No questions: those come per student. */
export function getLessonReading(id: string) {
  const { lessons, sources } = builtIn();
  const lesson = lessons.find((l) => l.id === id);
  if (!lesson) return null;
  return {
    id: lesson.id,
    title: lesson.title,
    summary: lesson.summary,
    demo: lesson.demo,
    estimatedMinutes: lesson.estimatedMinutes,
    sources: lesson.sources.map((sid) => sources.find((s) => s.id === sid)!),
  };
}

/** The lesson that practises a skill most: the one to suggest when a student needs it. */
export function bestLessonForSkill(skill: SkillId): { id: string; title: string } | null {
  let best: { id: string; title: string; count: number } | null = null;
  for (const l of builtIn().lessons) {
    const count = l.questions.filter((q) => q.skill === skill).length;
    if (count > (best?.count ?? 0)) best = { id: l.id, title: l.title, count };
  }
  return best && { id: best.id, title: best.title };
}

/** The full lesson with its answer key: for teacher-only pages and server-side grading. */
export function getLessonWithAnswerKey(id: string) {
  return builtIn().lessons.find((l) => l.id === id) ?? null;
}
