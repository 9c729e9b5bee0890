import { ResetPasswordButton } from "@/components/account/reset-password-button";
import { ScrollTable } from "@/components/ui/scroll-table";
import type { TeacherSummary } from "@/db/queries/teachers";
import { resetTeacherPasswordAction } from "@/app/admin/actions";

/** Teachers' accounts; an administrator resets a teacher's password (students' are reset by their teachers). */
export function TeacherList({ teachers }: { teachers: TeacherSummary[] }) {
  if (teachers.length === 0) return <p className="text-muted">No teacher accounts yet.</p>;
  return (
    <ScrollTable label="Teachers"><table className="w-full border-collapse bg-white text-sm">
      <thead>
        <tr className="border-b border-stone-300 text-left">
          <th scope="col" className="p-2">Name</th>
          <th scope="col" className="p-2">Email</th>
          <th scope="col" className="p-2"><span className="sr-only">Actions</span></th>
        </tr>
      </thead>
      <tbody>
        {teachers.map((t) => (
          <tr key={t.id} className="border-b border-stone-200 align-top">
            <th scope="row" className="p-2 text-left font-medium">
              {t.name}
              {t.disabled && <span className="ml-2 text-muted">(disabled)</span>}
            </th>
            <td className="p-2">{t.email ?? "—"}</td>
            <td className="p-2">
              <ResetPasswordButton action={resetTeacherPasswordAction} fields={{ teacherId: t.id }} name={t.name} />
            </td>
          </tr>
        ))}
      </tbody>
    </table></ScrollTable>
  );
}
