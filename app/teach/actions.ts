"use server";

import { serverAction } from "@/server/actions/form-action";
import { submitCreateClass } from "@/server/forms/classes";

/** The plain post without JavaScript (./classes/route.ts) runs the same handler. */
export const createClassAction = serverAction(submitCreateClass);
