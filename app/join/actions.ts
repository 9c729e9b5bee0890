"use server";

import { serverAction } from "@/server/actions/form-action";
import { submitJoinClass } from "@/server/forms/classes";

export type { JoinClassResult } from "@/server/forms/classes";

/** The plain post without JavaScript (./submit/route.ts) runs the same handler. */
export const joinClassAction = serverAction(submitJoinClass);
