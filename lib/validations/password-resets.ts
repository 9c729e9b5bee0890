import { z } from "zod";

export const resetStudentPasswordSchema = z.object({ studentId: z.uuid("Unknown student.") });

export const resetTeacherPasswordSchema = z.object({ teacherId: z.uuid("Unknown teacher.") });
