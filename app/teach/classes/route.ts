import { submitCreateClass } from "@/server/forms/classes";
import { plainFormPost } from "@/server/forms/plain-post";

/** Creating a class without JavaScript: on to the new class's page, or back to /teach with the errors. */
export const POST = plainFormPost({
  form: "create-class",
  handle: submitCreateClass,
  page: () => "/teach#create-class",
});
