"use client";

// A client component for its payload, not for interactivity: the page sends this table as
// compact props, where a server component would send every cell twice (HTML and RSC tree).
import Link from "next/link";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow, TableRowHeader } from "@/components/ui/table";
import type { RosterEntry, RosterWork } from "@/db/queries/rosters";

type Props = { classId: string; roster: RosterEntry[] };

/**
 * The roster with each student's work. A student's own page holds their report and the actions
 * on their account (reset password, remove): thirty rows of forms made this page heavy to send.
 */
export function RosterTable({ classId, roster }: Props) {
  if (roster.length === 0) {
    return (
      <p className="text-muted">Nobody has joined yet. Give students the join code, or create logins for them below.</p>
    );
  }
  return (
    <Table scrollLabel="Students and their work">
      <TableHeader>
        <TableHead>Name</TableHead>
        <TableHead>Signs in with</TableHead>
        <TableHead>Assignments</TableHead>
      </TableHeader>
      <TableBody>
        {roster.map((s) => (
          <TableRow key={s.id} className="align-top">
            <TableRowHeader>
              {/* One link per student: prefetching thirty reports on every visit would load the server for nothing. */}
              <Link href={`/teach/classes/${classId}/students/${s.id}`} prefetch={false}>
                {s.name}
              </Link>
            </TableRowHeader>
            <TableCell>
              <span className="font-mono">{s.login}</span>
              {s.teacherMade && <span className="ml-2 text-muted">(login made by a teacher)</span>}
            </TableCell>
            <TableCell>{describeWork(s.work)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
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
