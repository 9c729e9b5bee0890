import { submitJoinClass } from "@/server/forms/classes";
import { plainFormPost } from "@/server/forms/plain-post";

/** The join form without JavaScript: back to /join, which says which class the student joined or why not. */
export const POST = plainFormPost({ form: "join-class", handle: submitJoinClass, page: () => "/join" });
