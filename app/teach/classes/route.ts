import { submitCreateClass } from "@/server/forms/classes";
import { plainFormPage, plainFormPost, type PlainPage } from "@/server/forms/plain-post";

/** Creating a class without JavaScript: on to the new class's page, or back to /teach with the errors. */
const page: PlainPage = () => "/teach#create-class";

export const POST = plainFormPost({
  form: "create-class",
  handle: submitCreateClass,
  page,
});
export const GET = plainFormPage(page);
