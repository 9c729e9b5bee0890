import { isAccountRole, type AccountRole } from "./role-home";

/** Who the header's user menu shows: the only account facts a page's own request tells the browser. */
export type Viewer = { name: string; role: AccountRole };

/** A viewer from JSON (next-auth's session's `user`, or a page's own request); null if it is not one. */
export function readViewer(value: unknown): Viewer | null {
  const user = value as { name?: unknown; role?: unknown } | null | undefined;
  if (!user || typeof user.name !== "string" || !isAccountRole(user.role)) return null;
  return { name: user.name, role: user.role };
}
