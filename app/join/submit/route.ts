import { submitJoinClass } from "@/lib/forms/classes";
import { plainFormPost } from "@/lib/forms/plain-post";

/** The join form without JavaScript: back to /join, which says which class the student joined or why not. */
export const POST = plainFormPost({ form: "join-class", handle: submitJoinClass, page: () => "/join" });
