import { TEACHER_CONTENT_ID } from "@/lib/teacher-lessons/ids";
import { decodePath } from "./request-checks";

/**
 * Any uuid's shape, looser than the pages' own `z.uuid()` (which also checks the version and
 * variant digits): a path this refuses, the page would refuse too.
 */
export const UUID_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Signed-in pages: the proxy sends visitors without a session to sign in, and asks robots not to index them. */
export const SIGNED_IN_ONLY = /^\/(home|progress|account|teach(\/.*)?|admin(\/.*)?)$/;

/**
 * True when a page's address cannot name anything: a broken percent escape anywhere, or an id
 * segment of the wrong shape (a class, student or assignment id that is no uuid; a lesson id that
 * is neither a built-in lesson's nor a teacher's). Those pages check inside a Suspense boundary,
 * after the status is sent, so only here can they still answer 404.
 */
export function cannotNameAPage(pathname: string, builtInLessonIds: ReadonlySet<string>): boolean {
  if (pathname.includes("%") && decodePath(pathname) === null) return true;
  const [, area, kind, id, sub, subId] = pathname.split("/");
  if (area === "teach" && kind === "classes" && id !== undefined) {
    if (!UUID_SHAPE.test(id)) return true;
    return (sub === "students" || sub === "assignments") && subId !== undefined && !UUID_SHAPE.test(subId);
  }
  if (area === "admin" && kind === "students" && id !== undefined) return !UUID_SHAPE.test(id);
  if (area === "teach" && kind === "lessons" && id !== undefined) {
    // The answer key is for built-in lessons; editing and previewing for teachers' own.
    return sub === undefined ? !builtInLessonIds.has(id) : !TEACHER_CONTENT_ID.test(id);
  }
  return false;
}
