import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="border-t border-stone-200 bg-white">
      <div className="mx-auto max-w-5xl space-y-2 px-4 py-6 text-sm text-muted">
        <p>
          Byline quotes news articles for teaching. Each article belongs to the outlet that published it, credited on
          its page.
        </p>
        <p>
          <Link href="/privacy">Privacy: what Byline keeps about you</Link>
        </p>
      </div>
    </footer>
  );
}
