import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { JoinClassForm } from "@/components/join/join-class-form";
import { LoadingBlock } from "@/components/layout/loading-block";
import type { FormState } from "@/lib/form-state";
import { joinClassResultSchema } from "@/server/forms/classes";
import { readFormResult } from "@/server/forms/read-result";
import { getCurrentUser } from "@/server/session";

export const metadata: Metadata = { title: "Join a class" };

type Props = { searchParams: Promise<{ code?: string | string[] }> };

export default function JoinPage({ searchParams }: Props) {
  return (
    <div className="mx-auto max-w-sm space-y-6">
      <h1 className="font-serif text-3xl font-bold">Join a class</h1>
      <Suspense fallback={<LoadingBlock />}>
        <JoinPanel searchParams={searchParams} />
      </Suspense>
    </div>
  );
}

/** Per request: who asks, and what a form posted without JavaScript left to show (lib/forms). */
async function JoinPanel({ searchParams }: Props) {
  const { code } = await searchParams;
  const prefill = typeof code === "string" ? code.trim().slice(0, 40) : "";
  const user = await getCurrentUser();
  // In the column's width also where, without JavaScript, this part arrives after the static shell.
  return (
    <div className="mx-auto max-w-sm">
      {!user ? (
        <SignUpAndJoin code={prefill} initialState={await readFormResult("sign-up")} />
      ) : user.role === "student" ? (
        <JoinClassForm code={prefill} initialState={await readFormResult("join-class", joinClassResultSchema)} />
      ) : (
        <p>
          Class codes are for students. Your classes and their codes are on the <Link href="/teach">Teaching</Link>{" "}
          page.
        </p>
      )}
    </div>
  );
}

function SignUpAndJoin({ code, initialState }: { code: string; initialState?: FormState }) {
  const back = `/join${code ? `?code=${encodeURIComponent(code)}` : ""}`;
  return (
    <div className="space-y-6">
      <p>
        Have an account? <Link href={`/sign-in?next=${encodeURIComponent(back)}`}>Sign in first</Link>, then enter the
        code.
      </p>
      <section aria-labelledby="new-account-heading" className="space-y-4">
        <h2 id="new-account-heading" className="text-xl font-semibold">
          New to Byline? Create your account and join
        </h2>
        <p className="text-sm text-muted">
          For students 13 or older. Younger students: your teacher creates your login.
        </p>
        <SignUpForm joinCode={code} initialState={initialState} />
      </section>
    </div>
  );
}
