import { sql, type SQL } from "drizzle-orm";

/**
 * Who may read a lesson (the alias `l` in the query it is put into). Built-in lessons are open
 * to everyone; a teacher's own lesson to its author, administrators, other teachers when it is
 * shared, the students of its author's classes, and students it was assigned to through another
 * teacher's class. A condition inside each query, so a check costs no round trip of its own.
 */
export function lessonVisibleTo(userId: string | null): SQL {
  if (!userId) return sql`l.owner_id is null`;
  return sql`(l.owner_id is null
    or l.owner_id = ${userId}
    or exists (select 1 from users u where u.id = ${userId} and (u.role = 'admin' or (u.role = 'teacher' and l.shared)))
    or exists (select 1 from enrollments e join classes c on c.id = e.class_id
               where e.student_id = ${userId} and c.teacher_id = l.owner_id and c.archived_at is null)
    or exists (select 1 from assignments a join enrollments e on e.class_id = a.class_id
               where a.lesson_id = l.id and e.student_id = ${userId}))`;
}
