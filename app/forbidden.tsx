import type { Metadata } from "next";
import Link from "next/link";

// Next adds `noindex` to this page by itself, as to the not-found page.
export const metadata: Metadata = { title: "Not for your account" };

export default function Forbidden() {
  return (
    <div className="mx-auto max-w-xl space-y-4 py-12 text-center">
      <h1 className="font-serif text-3xl font-bold">This page is not for your account</h1>
      <p className="text-muted">
        It is for teachers or administrators. If you think you should have access, ask your school&apos;s Byline
        administrator.
      </p>
      <p>
        <Link href="/home">Go to your home page</Link>
      </p>
    </div>
  );
}
