import { submitJoinClass } from "@/server/forms/classes";
import { plainFormPage, plainFormPost, type PlainPage } from "@/server/forms/plain-post";

/** The join form without JavaScript: back to /join, which says which class the student joined or why not. */
const page: PlainPage = () => "/join";

export const POST = plainFormPost({ form: "join-class", handle: submitJoinClass, page });
export const GET = plainFormPage(page);
