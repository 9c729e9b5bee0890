import { reviewQueueHref } from "@/lib/assignments/review-href";
import { plainFormPage, plainFormPost, type PlainPage } from "@/server/forms/plain-post";
import { submitScoreResponse } from "@/server/forms/reviews";

/** Scoring a written answer without JavaScript: on to the next one, or back to this one with the errors. */
const page: PlainPage<{ classId: string; assignmentId: string }> = (formData, { classId, assignmentId }) => {
  const answer = Number(formData.get("answerId"));
  return reviewQueueHref(
    encodeURIComponent(classId),
    encodeURIComponent(assignmentId),
    Number.isSafeInteger(answer) && answer > 0 ? { answer } : {},
  );
};

export const POST = plainFormPost<{ classId: string; assignmentId: string }>({
  form: "score-response",
  // The address names the assignment; the handler checks that it is in one of the teacher's classes.
  handle: (formData, { assignmentId }) => {
    formData.set("assignmentId", assignmentId);
    return submitScoreResponse(formData);
  },
  page,
});
export const GET = plainFormPage(page);
