"use client";

import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

export type NewLogin = { line: number; name: string; username: string; password: string };

/**
 * The new logins, to print and hand out: the passwords exist only in this response, so the
 * sheet says so. Printing shows the sheet alone (globals.css).
 */
export function LoginsSheet({ logins, className }: { logins: NewLogin[]; className: string }) {
  return (
    <section
      aria-labelledby="new-logins-heading"
      className="print-sheet space-y-3 rounded-lg border border-stone-300 bg-white p-4"
    >
      <h3 id="new-logins-heading" className="text-lg font-semibold">
        New student logins for {className}
      </h3>
      <p className="text-sm font-semibold">
        Write these down or print them now: the passwords are shown only once. Students sign in at the Byline sign-in
        page with their username.
      </p>
      <Table className="bg-transparent">
        <TableHeader>
          <TableHead>Name</TableHead>
          <TableHead>Username</TableHead>
          <TableHead>Password</TableHead>
        </TableHeader>
        <TableBody>
          {logins.map((l) => (
            <TableRow key={l.username}>
              <TableCell>{l.name}</TableCell>
              <TableCell className="font-mono">{l.username}</TableCell>
              <TableCell className="font-mono">{l.password}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Button type="button" variant="secondary" onClick={() => window.print()} className="needs-js print:hidden">
        Print these logins
      </Button>
    </section>
  );
}
