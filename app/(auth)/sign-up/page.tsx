import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { LoadingBlock } from "@/components/layout/loading-block";
import { readFormResult } from "@/server/forms/read-result";

export const metadata: Metadata = { title: "Sign up" };

export default function SignUpPage() {
  return (
    <div className="mx-auto max-w-sm space-y-6">
      <h1 className="font-serif text-3xl font-bold">Create your account</h1>
      <p className="text-sm text-muted">
        Students sign up here and join their class with the code their teacher gives them. Teachers enter the invite
        code from their school&apos;s Byline administrator.
      </p>
      <Suspense fallback={<LoadingBlock />}>
        <SignUp />
      </Suspense>
    </div>
  );
}

/** Per request: what a sign-up posted without JavaScript left to show (errors, what was typed). */
async function SignUp() {
  return (
    <div className="mx-auto max-w-sm space-y-6">
      <SignUpForm initialState={await readFormResult("sign-up")} />
      <p className="text-sm">
        Already have an account? <Link href="/sign-in">Sign in</Link>.
      </p>
    </div>
  );
}
