import { connection } from "next/server";
import { Suspense } from "react";

// About as much text as a lesson's two articles (≈ 16 kB in 40 paragraphs), made up here.
const WORDS =
  "the minister said on tuesday that talks would resume after officials from both sides met in geneva to discuss a draft".split(
    " ",
  );
const PARAGRAPHS = Array.from({ length: 40 }, (_, p) =>
  Array.from({ length: 70 }, (_, w) => WORDS[(p * 7 + w * 3) % WORDS.length]).join(" "),
);

/**
 * The trivial dynamic page at a lesson's size: the same one per-request hole, in a prerendered
 * page carrying an article's worth of paragraphs. Against the trivial page it shows what the
 * framework's per-request cost owes to the size of the page rather than to the app.
 */
export default function DynamicArticlePage() {
  return (
    <article>
      <h1>A trivial dynamic page with an article</h1>
      <Suspense fallback={<p>…</p>}>
        <RenderedAt />
      </Suspense>
      {PARAGRAPHS.map((text, i) => (
        <p key={i} className="leading-relaxed">
          {text}
        </p>
      ))}
    </article>
  );
}

async function RenderedAt() {
  await connection();
  return <p>Rendered at {new Date().toISOString()}.</p>;
}
