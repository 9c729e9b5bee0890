import { safeReturnPath } from "@/lib/form-state";
import { submitSignIn } from "@/server/forms/auth";
import { plainFormPage, plainFormPost, type PlainPage } from "@/server/forms/plain-post";

/** The sign-in form without JavaScript: signed in, on to where the visitor was going; else back to the form. */
const page: PlainPage = (formData) => {
  const next = safeReturnPath(formData.get("next"), "");
  return next ? `/sign-in?next=${encodeURIComponent(next)}` : "/sign-in";
};

export const POST = plainFormPost({
  form: "sign-in",
  handle: submitSignIn,
  page,
});
export const GET = plainFormPage(page);
