"use client";

import { useCallback } from "react";
import { LiveReport, revivedDate, revivedDateOrNull, type ReportContext } from "@/components/reports/live-report";
import type { FormState } from "@/lib/form-state";
import type { ClassPageFigures } from "@/server/reports/class-page";
import { ClassPageView, type ClassPageActions } from "./class-page-view";

type LessonChoice = { id: string; title: string };

/**
 * Each action, then the class's figures fetched again: the prerendered page has no server render
 * to bring them (the action answers with this same file), so it draws them anew in place, and the
 * form keeps what it shows (the new logins and their passwords, shown once).
 */
function thenRefresh(actions: ClassPageActions, refresh: ReportContext["refresh"]): ClassPageActions {
  const wrap =
    <R,>(action: (prev: FormState<R>, formData: FormData) => Promise<FormState<R>>) =>
    async (prev: FormState<R>, formData: FormData) => {
      const state = await action(prev, formData);
      await refresh();
      return state;
    };
  return {
    setJoinEnabled: wrap(actions.setJoinEnabled),
    rotateJoinCode: wrap(actions.rotateJoinCode),
    setAssignmentClosed: wrap(actions.setAssignmentClosed),
    deleteAssignment: wrap(actions.deleteAssignment),
    createAssignment: wrap(actions.createAssignment),
    addStudents: wrap(actions.addStudents),
    updateClass: wrap(actions.updateClass),
    archiveClass: wrap(actions.archiveClass),
  };
}

/**
 * The class page's prerendered file's body (app/teach/classes/live-class): the class's figures come
 * in one request (app/api/teach/classes/[classId]). `builtInLessons` are the build's, written into
 * the file; the teacher's own come with the figures.
 */
export function LiveClassPage({
  actions,
  builtInLessons,
}: {
  actions: ClassPageActions;
  builtInLessons: LessonChoice[];
}) {
  const draw = useCallback(
    ({ class: page, authoredLessons }: ClassPageFigures, timeZone: string, { viewer, refresh }: ReportContext) => (
      <ClassPageView
        details={{ ...page.details, archivedAt: revivedDateOrNull(page.details.archivedAt) }}
        roster={page.roster.map((s) => ({ ...s, joinedAt: revivedDate(s.joinedAt) }))}
        assignments={page.assignments.map((a) => ({
          ...a,
          opensAt: revivedDateOrNull(a.opensAt),
          dueAt: revivedDate(a.dueAt),
          closedAt: revivedDateOrNull(a.closedAt),
        }))}
        builtInLessons={builtInLessons}
        authoredLessons={authoredLessons}
        timeZone={timeZone}
        showTeacher={viewer?.role === "admin"}
        actions={thenRefresh(actions, refresh)}
      />
    ),
    [actions, builtInLessons],
  );
  return <LiveReport title="Class" noun="class" draw={draw} />;
}
