"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useActionState, useEffect, useRef, useState } from "react";
import { signOutAction } from "@/app/(auth)/actions";
import { buttonVariants } from "@/components/ui/button";
import { ROLE_HOME } from "@/lib/account/role-home";
import { readViewer, type Viewer } from "@/lib/account/viewer";
import { onViewerReport, pageTellsViewer } from "./viewer-source";

/**
 * Who is signed in, asked from next-auth's session endpoint after the page has loaded and again on
 * each navigation (signing in or out navigates). Rendering it on the server would make every page
 * of the app render per request; this way the pages around it stay static. The endpoint also
 * renews the session's idle timeout and ends the session of an account that was disabled. A page
 * whose own request already says who is signed in (the lesson page, ./viewer-source.ts) saves
 * that request: the menu asks only when the page could not tell or the cookie is due its renewal.
 */
export function UserMenu() {
  const pathname = usePathname();
  // undefined: not known yet (the row keeps its place); null: signed out.
  const [user, setUser] = useState<Viewer | null | undefined>(undefined);
  const sessionRequest = useRef<Promise<void>>(Promise.resolve());
  const [, signOut, signingOut] = useActionState(async () => {
    // The session request renews the cookie when its answer lands. Landing after the sign-out
    // cleared the cookie, it would bring the session back: let it land first.
    await sessionRequest.current;
    await signOutAction();
    return null;
  }, null);

  useEffect(() => {
    // Not while signing out (a request sent now would renew the cookie being cleared); once done,
    // ask again: signing out on the landing page lands on the same path.
    if (signingOut) return;
    const controller = new AbortController();
    let asked = false;
    const askSession = () => {
      if (asked) return;
      asked = true;
      sessionRequest.current = fetch("/api/auth/session", { cache: "no-store", signal: controller.signal })
        .then((response) => (response.ok ? response.json() : null))
        .then((session: { user?: unknown } | null) => setUser(readViewer(session?.user)))
        // Aborted by the next navigation, or offline: keep what is shown.
        .catch(() => undefined);
    };
    if (!pageTellsViewer()) {
      askSession();
      return () => controller.abort();
    }
    const stopListening = onViewerReport((report) => {
      if (report) setUser(report.viewer);
      if (!report || report.renewSession) askSession();
    });
    return () => {
      stopListening();
      controller.abort();
    };
  }, [pathname, signingOut]);

  if (signingOut) return <span role="status">Signing out…</span>;
  // Without JavaScript the header frames its account links instead (site-header.tsx).
  if (user === undefined) return <span className="needs-js text-muted">…</span>;
  if (user === null) {
    return (
      <>
        <Link href="/sign-in">Sign in</Link>
        <Link href="/sign-up" className={buttonVariants({ size: "sm" })}>
          Sign up
        </Link>
      </>
    );
  }
  const link = ROLE_HOME[user.role];
  return (
    <>
      <Link href={link.href}>{link.label}</Link>
      <Link href="/progress">Progress</Link>
      {user.role === "student" && <Link href="/join">Join a class</Link>}
      {user.role === "admin" && <Link href="/teach">Teaching</Link>}
      <Link href="/account">Account</Link>
      {/* Cut short on a narrow screen, so the menu always fits its row. */}
      {/* Relative, so the screen-reader-only parts are clipped with the name and widen nothing. */}
      <span className="relative max-w-32 truncate text-muted sm:max-w-48" title={user.name}>
        <span className="sr-only">Signed in as </span>
        {user.name}
        <span className="sr-only"> ({user.role})</span>
      </span>
      <form action={signOut}>
        <button type="submit" className="font-medium text-accent underline underline-offset-2 hover:text-accent-strong">
          Sign out
        </button>
      </form>
    </>
  );
}
