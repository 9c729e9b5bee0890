import type { StudentReportActions } from "@/components/reports/student-report-view";
import { removeStudentAction, resetStudentPasswordAction } from "../../roster-actions";
import { eraseClassStudentAction } from "./actions";

/** The student page's account controls: one list for the page rendered per request and the prerendered one. */
export const STUDENT_REPORT_ACTIONS: StudentReportActions = {
  resetPassword: resetStudentPasswordAction,
  remove: removeStudentAction,
  erase: eraseClassStudentAction,
};
