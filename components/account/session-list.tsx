import { formatDateTime } from "@/components/ui/format-date-time";
import type { AccountSession } from "@/db/queries/sessions";
import { SignOutOthersForm } from "./sign-out-others-form";

/** The browsers signed in to this account, so a student can end one left signed in at school. */
export function SessionList({ sessions, timeZone }: { sessions: AccountSession[]; timeZone: string }) {
  return (
    <section aria-labelledby="sessions-heading" className="space-y-3 rounded-lg border border-stone-200 bg-white p-5">
      <h2 id="sessions-heading" className="text-lg font-semibold">
        Where you are signed in
      </h2>
      <ul className="space-y-2 text-sm">
        {sessions.map((s) => (
          <li key={s.id} className="rounded-md border border-stone-200 p-3">
            <span className="font-semibold">{s.device}</span>
            {s.current && (
              <span className="ml-2 rounded bg-stone-100 px-2 py-0.5 text-xs font-semibold">This browser</span>
            )}
            <span className="block text-muted">
              Signed in {formatDateTime(s.createdAt, timeZone)} · last active {formatDateTime(s.lastSeenAt, timeZone)}
            </span>
          </li>
        ))}
      </ul>
      <SignOutOthersForm others={sessions.filter((s) => !s.current).length} />
    </section>
  );
}
