import { submitSignUp } from "@/server/forms/auth";
import { plainFormPage, plainFormPost, type PlainPage } from "@/server/forms/plain-post";

/** The sign-up form without JavaScript, from /sign-up or from /join (which also sends a class code). */
const page: PlainPage = (formData) => {
  const joinCode = formData.get("joinCode");
  if (typeof joinCode !== "string") return "/sign-up";
  const code = joinCode.trim().slice(0, 40);
  return code ? `/join?code=${encodeURIComponent(code)}` : "/join";
};

export const POST = plainFormPost({
  form: "sign-up",
  handle: submitSignUp,
  page,
});
export const GET = plainFormPage(page);
