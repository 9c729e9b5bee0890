import { submitCreateClass } from "@/server/forms/classes";
import { plainFormPage, plainFormPost, type PlainPage } from "@/server/forms/plain-post";

/**
 * Creating a class without JavaScript: on to the new class's page rendered per request (its
 * prerendered page needs a script), or back to /teach with the errors.
 */
const page: PlainPage = () => "/teach#create-class";

export const POST = plainFormPost({
  form: "create-class",
  handle: async (formData) => {
    const outcome = await submitCreateClass(formData);
    return outcome.redirectTo ? { ...outcome, redirectTo: `${outcome.redirectTo}?plain` } : outcome;
  },
  page,
});
export const GET = plainFormPage(page);
