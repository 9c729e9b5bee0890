import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleBody } from "@/components/reader/article-body";
import { ArticleHeader } from "@/components/reader/article-header";
import { SourceCredit } from "@/components/reader/source-credit";
import { getSource, lessonsUsingSource, listSources } from "@/lib/content/catalog";

type Props = { params: Promise<{ id: string }> };

export function generateStaticParams() {
  return listSources().map((s) => ({ id: s.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const source = getSource((await params).id);
  return { title: source ? `${source.title} (${source.outlet})` : "Article not found" };
}

export default async function SourcePage({ params }: Props) {
  const source = getSource((await params).id);
  if (!source) notFound();
  const lessons = lessonsUsingSource(source.id);
  return (
    <article className="mx-auto max-w-2xl space-y-8">
      <ArticleHeader source={source} />
      <ArticleBody body={source.body} />
      <SourceCredit source={source} />
      {lessons.length > 0 && (
        <section aria-labelledby="lessons-heading" className="space-y-2">
          <h2 id="lessons-heading" className="text-lg font-semibold">
            Lessons on this article
          </h2>
          <ul className="list-disc pl-6">
            {lessons.map((l) => (
              <li key={l.id}>
                <Link href={`/lessons/${l.id}`}>{l.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
