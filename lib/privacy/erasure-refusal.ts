import type { EraseOutcome } from "@/db/mutations/privacy";
import { REFUSED } from "@/lib/actions/refusals";
import type { FormState } from "@/lib/form-state";

/** What the erase form shows when the erasure did not happen, and why. */
export function erasureRefusal(outcome: Exclude<EraseOutcome, { ok: true }>): FormState {
  switch (outcome.reason) {
    case "not-found":
      return REFUSED.student;
    case "other-teacher":
      return {
        message: `${outcome.name} is also in another teacher's class, so only an administrator can erase this account. Nothing was deleted.`,
      };
    case "not-confirmed": {
      const error = `Type ${outcome.name} exactly as shown to confirm.`;
      return { errors: { confirmName: [error] }, message: "The name you typed does not match. Nothing was deleted." };
    }
  }
}
