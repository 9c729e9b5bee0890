import Link from "next/link";
import { signOutAction } from "@/app/(auth)/actions";
import { getCurrentUser } from "@/lib/session";

const ROLE_LINKS = {
  student: { href: "/home", label: "My lessons" },
  teacher: { href: "/teach", label: "Teaching" },
  admin: { href: "/admin", label: "Admin" },
} as const;

export async function UserMenu() {
  const user = await getCurrentUser();
  if (!user) {
    return (
      <>
        <Link href="/sign-in">Sign in</Link>
        <Link href="/sign-up" className="rounded-md bg-accent px-3 py-1.5 font-semibold text-white no-underline hover:bg-accent-strong hover:text-white">
          Sign up
        </Link>
      </>
    );
  }
  const link = ROLE_LINKS[user.role];
  return (
    <>
      <Link href={link.href}>{link.label}</Link>
      <Link href="/progress">Progress</Link>
      {user.role === "student" && <Link href="/join">Join a class</Link>}
      {user.role === "admin" && <Link href="/teach">Teaching</Link>}
      <Link href="/account">Account</Link>
      <span className="text-muted" aria-label={`Signed in as ${user.name} (${user.role})`}>
        {user.name}
      </span>
      <form action={signOutAction}>
        <button type="submit" className="font-medium text-accent underline underline-offset-2 hover:text-accent-strong">
          Sign out
        </button>
      </form>
    </>
  );
}
