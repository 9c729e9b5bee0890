import { connection } from "next/server";
import { Suspense } from "react";

/**
 * The smallest per-request render in the app's shape: a prerendered shell with one hole that
 * renders on every request (as the app's user menu and quiz panel do), with no data to fetch.
 */
export default function DynamicPage() {
  return (
    <article>
      <h1>A trivial dynamic page</h1>
      <Suspense fallback={<p>…</p>}>
        <RenderedAt />
      </Suspense>
    </article>
  );
}

async function RenderedAt() {
  await connection();
  return <p>Rendered at {new Date().toISOString()}.</p>;
}
