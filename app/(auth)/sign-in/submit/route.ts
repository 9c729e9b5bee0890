import { safeReturnPath } from "@/lib/form-state";
import { submitSignIn } from "@/server/forms/auth";
import { plainFormPost } from "@/server/forms/plain-post";

/** The sign-in form without JavaScript: signed in, on to where the visitor was going; else back to the form. */
export const POST = plainFormPost({
  form: "sign-in",
  handle: submitSignIn,
  page: (formData) => {
    const next = safeReturnPath(formData.get("next"), "");
    return next ? `/sign-in?next=${encodeURIComponent(next)}` : "/sign-in";
  },
});
