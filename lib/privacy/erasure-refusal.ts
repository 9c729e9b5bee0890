import type { EraseOutcome } from "@/db/mutations/privacy";
import { REFUSED } from "@/lib/actions/refusals";
import type { FormState } from "@/lib/form-state";
import { whyNoErasure } from "./student-account-refusals";

/** What the erase form shows when the erasure did not happen, and why. */
export function erasureRefusal(outcome: Exclude<EraseOutcome, { ok: true }>): FormState {
  switch (outcome.reason) {
    case "not-found":
      return REFUSED.student;
    case "self-registered":
    case "another-teachers-login":
    case "in-another-teachers-class":
      return { message: `${whyNoErasure(outcome.reason, outcome.name)} Nothing was deleted.` };
    case "not-confirmed": {
      const error = `Type ${outcome.name} exactly as shown to confirm.`;
      return { errors: { confirmName: [error] }, message: "The name you typed does not match. Nothing was deleted." };
    }
  }
}
