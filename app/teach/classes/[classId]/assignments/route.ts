import { submitCreateAssignment } from "@/server/forms/assignments";
import { plainFormPage, plainFormPost, type PlainPage } from "@/server/forms/plain-post";

/** Assigning a lesson without JavaScript: back to the class page rendered per request, with the new assignment or the errors. */
const page: PlainPage<{ classId: string }> = (_, { classId }) =>
  `/teach/classes/${encodeURIComponent(classId)}?plain#assign-lesson`;

export const POST = plainFormPost<{ classId: string }>({
  form: "create-assignment",
  // The address names the class; the handler checks that it is the teacher's.
  handle: (formData, { classId }) => {
    formData.set("classId", classId);
    return submitCreateAssignment(formData);
  },
  page,
});
export const GET = plainFormPage(page);
