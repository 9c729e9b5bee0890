import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";
import type { ContentError } from "./content-error";
import { parseLessonFile } from "./parse-lesson";
import { parseSourceFile } from "./parse-source";
import type { Content, Lesson, Source } from "./types";

export const CONTENT_DIR = path.join(process.cwd(), "content");

/**
 * Content the app loads on top of the built-in content: BYLINE_EXTRA_CONTENT_DIR (a folder with
 * sources/ and lessons/). The end-to-end tests plant their canary lesson this way; the content
 * check and the question-bank export read content/ alone.
 */
function appContentDirs(): string[] {
  const extra = env("BYLINE_EXTRA_CONTENT_DIR");
  return extra ? [CONTENT_DIR, path.resolve(/*turbopackIgnore: true*/ extra)] : [CONTENT_DIR];
}

export type ContentResult = Content & { errors: ContentError[] };

/**
 * Reads every source and lesson under the given folders and validates all of it, collecting
 * every error rather than stopping at the first, so an author fixes a file in one pass.
 */
export function readContent(dirs: string | string[] = CONTENT_DIR): ContentResult {
  const folders = Array.isArray(dirs) ? dirs : [dirs];
  const errors: ContentError[] = [];
  const sources = new Map<string, Source>();
  for (const [n, dir] of folders.entries()) {
    const prefix = n === 0 ? "" : `${dir}/`;
    for (const name of listFiles(path.join(dir, "sources"), ".txt")) {
      const file = path.join("sources", name);
      const parsed = parseSourceFile(
        prefix + file,
        name.replace(/\.txt$/, ""),
        readFileSync(path.join(dir, file), "utf8"),
      );
      if (Array.isArray(parsed)) errors.push(...parsed);
      else if (sources.has(parsed.id))
        errors.push({ file: prefix + file, line: 1, message: `duplicate source id "${parsed.id}"` });
      else sources.set(parsed.id, parsed);
    }
  }
  for (const id of sources.keys()) {
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
      errors.push({ file: `sources/${id}.txt`, line: 1, message: "a source file name must be a lowercase slug" });
    }
  }

  const lessons: Lesson[] = [];
  for (const [n, dir] of folders.entries()) {
    const prefix = n === 0 ? "" : `${dir}/`;
    for (const name of listFiles(path.join(dir, "lessons"), ".yaml")) {
      const file = path.join("lessons", name);
      const parsed = parseLessonFile(prefix + file, readFileSync(path.join(dir, file), "utf8"), sources);
      if (Array.isArray(parsed)) errors.push(...parsed);
      else lessons.push(parsed);
    }
  }
  errors.push(...duplicateIds(lessons));
  return { sources: [...sources.values()], lessons, errors };
}

/** Loads content that must be valid (the app, the seed): any error throws with every location. */
export function loadContent(dirs: string | string[] = appContentDirs()): Content {
  const { errors, sources, lessons } = readContent(dirs);
  if (errors.length > 0) {
    const list = errors.map((e) => `  ${e.file}:${e.line}: ${e.message}`).join("\n");
    throw new Error(`Content is invalid (run npm run content:check):\n${list}`);
  }
  return { sources, lessons };
}

function duplicateIds(lessons: Lesson[]): ContentError[] {
  const errors: ContentError[] = [];
  const lessonIds = new Map<string, string>();
  const questionIds = new Map<string, string>();
  for (const lesson of lessons) {
    const other = lessonIds.get(lesson.id);
    if (other)
      errors.push({ file: lesson.file, line: 1, message: `duplicate lesson id "${lesson.id}" (also in ${other})` });
    lessonIds.set(lesson.id, lesson.file);
    for (const q of lesson.questions) {
      const seen = questionIds.get(q.id);
      if (seen)
        errors.push({ file: lesson.file, line: q.line, message: `duplicate question id "${q.id}" (also in ${seen})` });
      questionIds.set(q.id, lesson.file);
    }
  }
  return errors;
}

function listFiles(dir: string, ext: string): string[] {
  try {
    return readdirSync(dir)
      .filter((n) => n.endsWith(ext))
      .sort();
  } catch {
    return [];
  }
}
