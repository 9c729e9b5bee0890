/** Prerendered at build time and served from the cache: what a page costs when nothing renders. */
export default function StaticPage() {
  return (
    <article>
      <h1>A static page</h1>
      <p>Rendered once, at build time.</p>
    </article>
  );
}
