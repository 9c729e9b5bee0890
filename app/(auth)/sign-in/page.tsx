import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { SignInForm } from "@/components/auth/sign-in-form";
import { safeReturnPath } from "@/lib/form-state";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<{ next?: string | string[] }> };

export default function SignInPage({ searchParams }: Props) {
  return (
    <div className="mx-auto max-w-sm space-y-6">
      <h1 className="font-serif text-3xl font-bold">Sign in</h1>
      <SignInForm>
        <Suspense fallback={null}>
          <ReturnPath searchParams={searchParams} />
        </Suspense>
      </SignInForm>
      <p className="text-sm">
        New here? <Link href="/sign-up">Create an account</Link>.
      </p>
    </div>
  );
}

async function ReturnPath({ searchParams }: Props) {
  const { next } = await searchParams;
  const target = typeof next === "string" ? safeReturnPath(next, "") : "";
  return target ? <input type="hidden" name="next" value={target} /> : null;
}
