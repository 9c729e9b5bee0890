import type { Metadata } from "next";
import Link from "next/link";
import { InviteForm } from "@/components/admin/invite-form";
import { TeacherList } from "@/components/admin/teacher-list";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { listTeacherInvites, type InviteSummary } from "@/db/queries/invites";
import { listTeachers } from "@/db/queries/teachers";
import { requireUser } from "@/server/session";
import { revokeInviteAction } from "./actions";

export const metadata: Metadata = { title: "Admin" };

function describeStatus(i: InviteSummary): string {
  if (i.status === "used") return `Used by ${i.usedByName ?? "a deleted account"}`;
  return { open: "Open", revoked: "Revoked", expired: "Expired" }[i.status];
}

export default async function AdminPage() {
  const user = await requireUser(["admin"], "/admin");
  const [invites, teachers] = await Promise.all([listTeacherInvites(), listTeachers(user)]);
  return (
    <div className="space-y-8">
      <h1 className="font-serif text-3xl font-bold">Teacher invites</h1>
      <p className="text-muted">
        Teachers see answer keys, so a teacher account needs an invite code from an administrator.
      </p>
      <InviteForm />
      <section aria-labelledby="invites-heading">
        <h2 id="invites-heading" className="mb-3 text-xl font-semibold">
          Issued invites
        </h2>
        {invites.length === 0 ? (
          <p className="text-muted">No invites yet. Create one above and give the code to the teacher.</p>
        ) : (
          <Table scrollLabel="Teacher invites">
            <TableHeader>
              <TableHead>Note</TableHead>
              <TableHead>Created</TableHead>
              <TableHead>Status</TableHead>
              <TableHead>
                <span className="sr-only">Actions</span>
              </TableHead>
            </TableHeader>
            <TableBody>
              {invites.map((i) => {
                const status = describeStatus(i);
                return (
                  <TableRow key={i.id}>
                    <TableCell>{i.note ?? "—"}</TableCell>
                    <TableCell>{i.createdAt.toISOString().slice(0, 10)}</TableCell>
                    <TableCell>{status}</TableCell>
                    <TableCell>
                      {i.status === "open" && (
                        <form action={revokeInviteAction}>
                          <input type="hidden" name="inviteId" value={i.id} />
                          <button type="submit" className="text-accent underline">
                            Revoke<span className="sr-only"> invite {i.note ?? ""}</span>
                          </button>
                        </form>
                      )}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        )}
      </section>
      <section aria-labelledby="teachers-heading">
        <h2 id="teachers-heading" className="mb-3 text-xl font-semibold">
          Teachers
        </h2>
        <TeacherList teachers={teachers} />
      </section>
      <section aria-labelledby="student-data-heading">
        <h2 id="student-data-heading" className="mb-3 text-xl font-semibold">
          Students&apos; data
        </h2>
        <p>
          <Link href="/admin/students">Find a student</Link> to download a copy of their data or erase their account.
        </p>
      </section>
    </div>
  );
}
