import type { ClassPageActions } from "@/components/teach/class-page-view";
import { archiveClassAction, rotateJoinCodeAction, setJoinEnabledAction, updateClassAction } from "./actions";
import { createAssignmentAction, deleteAssignmentAction, setAssignmentClosedAction } from "./assignments/actions";
import { addStudentsAction } from "./roster-actions";

/** The class page's forms: one list for the page rendered per request and the prerendered one. */
export const CLASS_PAGE_ACTIONS: ClassPageActions = {
  setJoinEnabled: setJoinEnabledAction,
  rotateJoinCode: rotateJoinCodeAction,
  setAssignmentClosed: setAssignmentClosedAction,
  deleteAssignment: deleteAssignmentAction,
  createAssignment: createAssignmentAction,
  addStudents: addStudentsAction,
  updateClass: updateClassAction,
  archiveClass: archiveClassAction,
};
