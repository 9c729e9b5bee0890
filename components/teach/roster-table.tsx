import { ActionButton } from "@/components/ui/action-button";
import type { RosterEntry, RosterWork } from "@/db/queries/rosters";
import type { FormState } from "@/lib/form-state";
import { ResetPasswordButton, type PasswordResetResult } from "@/components/account/reset-password-button";

type Props = {
  classId: string;
  roster: RosterEntry[];
  actions: {
    remove: (prev: FormState, formData: FormData) => Promise<FormState>;
    resetPassword: (prev: FormState<PasswordResetResult>, formData: FormData) => Promise<FormState<PasswordResetResult>>;
  };
};

export function RosterTable({ classId, roster, actions }: Props) {
  if (roster.length === 0) {
    return <p className="text-muted">Nobody has joined yet. Give students the join code, or create logins for them below.</p>;
  }
  return (
    <table className="w-full border-collapse bg-white text-sm">
      <thead>
        <tr className="border-b border-stone-300 text-left">
          <th scope="col" className="p-2">Name</th>
          <th scope="col" className="p-2">Signs in with</th>
          <th scope="col" className="p-2">Assignments</th>
          <th scope="col" className="p-2"><span className="sr-only">Actions</span></th>
        </tr>
      </thead>
      <tbody>
        {roster.map((s) => (
          <tr key={s.id} className="border-b border-stone-200 align-top">
            <th scope="row" className="p-2 text-left font-medium">
              {s.name}
            </th>
            <td className="p-2">
              <span className="font-mono">{s.login}</span>
              {s.teacherMade && <span className="ml-2 text-muted">(login made by a teacher)</span>}
            </td>
            <td className="p-2">{describeWork(s.work)}</td>
            <td className="space-y-2 p-2">
              <ResetPasswordButton action={actions.resetPassword} fields={{ studentId: s.id }} name={s.name} />
              <details>
                <summary className="cursor-pointer text-accent underline underline-offset-2">
                  Remove<span className="sr-only"> {s.name}</span> from the class…
                </summary>
                <div className="mt-2 space-y-1">
                  <p>{s.name} loses this class&apos;s assignments; their answers are kept.</p>
                  <ActionButton action={actions.remove} fields={{ classId, studentId: s.id }} label="Yes, remove" srContext={s.name} />
                </div>
              </details>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** In words, never a colour alone: "1 of 2 done · 1 late · 1 overdue". */
function describeWork(work: RosterWork): string {
  if (work.assigned === 0) return "None yet";
  return [
    `${work.done} of ${work.assigned} done`,
    work.late > 0 && `${work.late} late`,
    work.overdue > 0 && `${work.overdue} overdue`,
  ]
    .filter(Boolean)
    .join(" · ");
}
