"use server";

import { serverAction } from "@/server/actions/form-action";
import { submitScoreResponse } from "@/server/forms/reviews";

/** The plain post without JavaScript (./submit/route.ts) runs the same handler. */
export const scoreResponseAction = serverAction(submitScoreResponse);
