"use server";

import { serverAction } from "@/lib/actions/form-action";
import { submitJoinClass } from "@/lib/forms/classes";

export type { JoinClassResult } from "@/lib/forms/classes";

/** The plain post without JavaScript (./submit/route.ts) runs the same handler. */
export const joinClassAction = serverAction(submitJoinClass);
