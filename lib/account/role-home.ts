export type AccountRole = "student" | "teacher" | "admin";

/** Each role's own area, first in the header's account links (with and without JavaScript). */
export const ROLE_HOME = {
  student: { href: "/home", label: "My lessons" },
  teacher: { href: "/teach", label: "Teaching" },
  admin: { href: "/admin", label: "Admin" },
} as const satisfies Record<AccountRole, { href: string; label: string }>;

export function isAccountRole(role: unknown): role is AccountRole {
  return typeof role === "string" && Object.hasOwn(ROLE_HOME, role);
}
