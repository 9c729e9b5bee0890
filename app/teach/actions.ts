"use server";

import { serverAction } from "@/lib/actions/form-action";
import { submitCreateClass } from "@/lib/forms/classes";

/** The plain post without JavaScript (./classes/route.ts) runs the same handler. */
export const createClassAction = serverAction(submitCreateClass);
