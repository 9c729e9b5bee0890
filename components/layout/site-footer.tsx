export function SiteFooter() {
  return (
    <footer className="border-t border-stone-200 bg-white">
      <div className="mx-auto max-w-5xl px-4 py-6 text-sm text-muted">
        <p>
          Byline quotes news articles for teaching. Each article belongs to the outlet that published it, credited on
          its page.
        </p>
      </div>
    </footer>
  );
}
