import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { SignInForm } from "@/components/auth/sign-in-form";
import { LoadingBlock } from "@/components/layout/loading-block";
import { safeReturnPath } from "@/lib/form-state";
import { readFormResult } from "@/server/forms/read-result";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<{ next?: string | string[] }> };

export default function SignInPage({ searchParams }: Props) {
  return (
    <div className="mx-auto max-w-sm space-y-6">
      <h1 className="font-serif text-3xl font-bold">Sign in</h1>
      <Suspense fallback={<LoadingBlock />}>
        <SignIn searchParams={searchParams} />
      </Suspense>
    </div>
  );
}

/**
 * Per request: the return path, and what a sign-in posted without JavaScript left to show (its
 * message, the name typed). Without JavaScript this part arrives after the static shell.
 */
async function SignIn({ searchParams }: Props) {
  const { next } = await searchParams;
  const target = typeof next === "string" ? safeReturnPath(next, "") : "";
  return (
    <div className="mx-auto max-w-sm space-y-6">
      <SignInForm next={target || undefined} initialState={await readFormResult("sign-in")} />
      <p className="text-sm">
        New here? <Link href="/sign-up">Create an account</Link>.
      </p>
    </div>
  );
}
