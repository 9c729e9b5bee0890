"use client";

import { Button } from "@/components/ui/button";

export type NewLogin = { line: number; name: string; username: string; password: string };

/**
 * The new logins, to print and hand out: the passwords exist only in this response, so the
 * sheet says so. Printing shows the sheet alone (globals.css).
 */
export function LoginsSheet({ logins, className }: { logins: NewLogin[]; className: string }) {
  return (
    <section aria-labelledby="new-logins-heading" className="print-sheet space-y-3 rounded-lg border border-stone-300 bg-white p-4">
      <h3 id="new-logins-heading" className="text-lg font-semibold">
        New student logins for {className}
      </h3>
      <p className="text-sm font-semibold">
        Write these down or print them now: the passwords are shown only once. Students sign in at the Byline sign-in page
        with their username.
      </p>
      <table className="w-full border-collapse text-sm">
        <thead>
          <tr className="border-b border-stone-300 text-left">
            <th scope="col" className="p-2">Name</th>
            <th scope="col" className="p-2">Username</th>
            <th scope="col" className="p-2">Password</th>
          </tr>
        </thead>
        <tbody>
          {logins.map((l) => (
            <tr key={l.username} className="border-b border-stone-200">
              <td className="p-2">{l.name}</td>
              <td className="p-2 font-mono">{l.username}</td>
              <td className="p-2 font-mono">{l.password}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Button type="button" variant="secondary" onClick={() => window.print()} className="needs-js print:hidden">
        Print these logins
      </Button>
    </section>
  );
}
