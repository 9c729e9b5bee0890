/**
 * Why a teacher may not touch a login: it is the student's own, or another teacher made it
 * (db/queries/student-account-access.ts decides which).
 */
export type CredentialRefusal = "self-registered" | "another-teachers-login";
/** Erasing also needs the student to be in none of another teacher's classes. */
export type ErasureRefusal = CredentialRefusal | "in-another-teachers-class";

/** What a viewer may do to one student's account: each control allowed, or the reason it is not. */
export type AccountControls = {
  name: string;
  resetPassword: "allowed" | CredentialRefusal;
  erase: "allowed" | ErasureRefusal;
};

/**
 * Why a teacher may not reset a student's password or erase the account, in one sentence: the
 * student's page shows it in place of the control, and the action's refusal repeats it.
 */
const WHY_NOT_RESET: Record<CredentialRefusal, (name: string) => string> = {
  "self-registered": (name) =>
    `${name} signs in with their own email: only they can change their password. An administrator can help if they are locked out.`,
  "another-teachers-login": (name) =>
    `Another teacher made ${name}'s login: only that teacher or an administrator can reset its password.`,
};

const WHY_NOT_ERASE: Record<ErasureRefusal, (name: string) => string> = {
  "self-registered": (name) =>
    `${name} signed up with their own email, so only an administrator can erase this account.`,
  "another-teachers-login": (name) =>
    `Another teacher made ${name}'s login, so only an administrator can erase this account.`,
  "in-another-teachers-class": (name) =>
    `${name} is also in another teacher's class, so only an administrator can erase this account.`,
};

export function whyNoPasswordReset(reason: CredentialRefusal, name: string): string {
  return WHY_NOT_RESET[reason](name);
}

export function whyNoErasure(reason: ErasureRefusal, name: string): string {
  return WHY_NOT_ERASE[reason](name);
}

/** For a page: the sentence to show in place of each control the viewer may not use, or null. */
export function accountRefusals(access: AccountControls): { resetPassword: string | null; erase: string | null } {
  return {
    resetPassword: access.resetPassword === "allowed" ? null : whyNoPasswordReset(access.resetPassword, access.name),
    erase: access.erase === "allowed" ? null : whyNoErasure(access.erase, access.name),
  };
}
