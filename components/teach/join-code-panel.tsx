import { ActionButton } from "@/components/ui/action-button";
import { CopyButton } from "@/components/ui/copy-button";
import type { FormState } from "@/lib/form-state";
import { cn } from "@/components/ui/cn";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

type Props = {
  classId: string;
  joinCode: string | null;
  joinEnabled: boolean;
  archived: boolean;
  actions: { setJoinEnabled: Action; rotate: Action };
};

/** The code students type (or the link they open), and the teacher's switches for it. */
export function JoinCodePanel({ classId, joinCode, joinEnabled, archived, actions }: Props) {
  const open = joinEnabled && !archived && joinCode;
  const status = archived
    ? "The class is archived: nobody can join it."
    : joinEnabled
      ? "Students can join with this code."
      : "Joining is off: this code is refused.";
  return (
    <section aria-labelledby="join-code-heading" className="space-y-3 rounded-lg border border-stone-200 bg-white p-5">
      <h2 id="join-code-heading" className="text-xl font-semibold">
        Join code
      </h2>
      {joinCode && (
        <p className="flex flex-wrap items-center gap-3">
          <span className="font-mono text-3xl font-bold tracking-wider">{joinCode}</span>
          <CopyButton text={joinCode} label="Copy code" />
          <CopyButton path={`/join?code=${encodeURIComponent(joinCode)}`} label="Copy join link" />
        </p>
      )}
      <p className={cn("text-sm", !open && "font-semibold text-red-900")}>{status}</p>
      {joinCode && (
        <p className="text-sm text-muted">
          Students enter it at <span className="font-mono">/join</span>, signed in or signing up there.
        </p>
      )}
      {!archived && (
        <div className="flex flex-wrap gap-3">
          <ActionButton
            action={actions.setJoinEnabled}
            fields={{ classId, enabled: String(!joinEnabled) }}
            label={joinEnabled ? "Turn joining off" : "Turn joining on"}
          />
          <ActionButton action={actions.rotate} fields={{ classId }} label="Replace the code" />
        </div>
      )}
    </section>
  );
}
