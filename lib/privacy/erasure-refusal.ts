import { REFUSED } from "@/lib/actions/refusals";
import type { FormState } from "@/lib/form-state";
import { whyNoErasure, type ErasureRefusal } from "./student-account-refusals";

/** Why an erasure did not happen (db/mutations/privacy.ts eraseStudent returns it). */
export type ErasureRefused =
  | { ok: false; reason: "not-found" }
  | { ok: false; reason: ErasureRefusal; name: string }
  | { ok: false; reason: "not-confirmed"; name: string };

/** What the erase form shows when the erasure did not happen, and why. */
export function erasureRefusal(outcome: ErasureRefused): FormState {
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
