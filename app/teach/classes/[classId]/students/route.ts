import { plainFormPage, plainFormPost, type PlainPage } from "@/server/forms/plain-post";
import { submitAddStudents } from "@/server/forms/rosters";

/** Student logins without JavaScript: back to the class page rendered per request, which shows the new logins once. */
const page: PlainPage<{ classId: string }> = (_, { classId }) =>
  `/teach/classes/${encodeURIComponent(classId)}?plain#add-students`;

export const POST = plainFormPost<{ classId: string }>({
  form: "add-students",
  // The address names the class; the handler checks that it is the teacher's.
  handle: (formData, { classId }) => {
    formData.set("classId", classId);
    return submitAddStudents(formData);
  },
  page,
});
export const GET = plainFormPage(page);
