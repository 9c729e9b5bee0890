import { ResetPasswordButton } from "@/components/account/reset-password-button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow, TableRowHeader } from "@/components/ui/table";
import type { TeacherSummary } from "@/db/queries/teachers";
import { resetTeacherPasswordAction } from "@/app/admin/actions";

/** Teachers' accounts; an administrator resets a teacher's password (students' are reset by their teachers). */
export function TeacherList({ teachers }: { teachers: TeacherSummary[] }) {
  if (teachers.length === 0) return <p className="text-muted">No teacher accounts yet.</p>;
  return (
    <Table scrollLabel="Teachers">
      <TableHeader>
        <TableHead>Name</TableHead>
        <TableHead>Email</TableHead>
        <TableHead>
          <span className="sr-only">Actions</span>
        </TableHead>
      </TableHeader>
      <TableBody>
        {teachers.map((t) => (
          <TableRow key={t.id} className="align-top">
            <TableRowHeader>
              {t.name}
              {t.disabled && <span className="ml-2 text-muted">(disabled)</span>}
            </TableRowHeader>
            <TableCell>{t.email ?? "—"}</TableCell>
            <TableCell>
              <ResetPasswordButton action={resetTeacherPasswordAction} fields={{ teacherId: t.id }} name={t.name} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
