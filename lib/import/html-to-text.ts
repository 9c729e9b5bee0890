import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";

export type HtmlArticle = {
  /** The article's text, paragraphs separated by a blank line; no markup survives. */
  text: string;
  /** The article's own <h1>, when the page has one: its headline as the page shows it. */
  headline: string | null;
  /** The page's title as Readability or the page's metadata give it (often with the site's name cut off). */
  title: string | null;
  author: string | null;
  published: string | null;
  site: string | null;
  /** What was in the HTML that could run code (scripts, event handlers, javascript: links). */
  activeContent: number;
};

const BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td, th, dt, dd";

/**
 * The article in a saved web page, as plain text. The HTML is parsed on the server (linkedom),
 * never rendered: Mozilla's Readability picks the article out of the page chrome, and only text
 * nodes are read out of it, so no tag, attribute or script reaches the app.
 */
export function htmlToArticle(html: string, { findArticle = true }: { findArticle?: boolean } = {}): HtmlArticle {
  const activeContent =
    (html.match(/<script\b/gi) ?? []).length +
    (html.match(/\son[a-z]+\s*=/gi) ?? []).length +
    (html.match(/javascript:/gi) ?? []).length;
  const { document } = parseHTML(
    html.includes("<html") ? html : `<!doctype html><html><head></head><body>${html}</body></html>`,
  );
  for (const node of document.querySelectorAll("script, style, noscript, iframe, object, embed, template, svg, form"))
    node.remove();
  const meta = (name: string) =>
    document.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute("content")?.trim() || null;
  // Read before Readability, which rewrites the document it parses.
  const headline = headlineOf(document);
  // Markdown converted here is all article: Readability would only risk dropping short pieces.
  const parsed = findArticle ? new Readability(document as unknown as Document, { charThreshold: 200 }).parse() : null;
  const container = parseHTML(
    `<!doctype html><html><body>${parsed?.content ?? document.body?.innerHTML ?? ""}</body></html>`,
  ).document;
  const paragraphs = [...container.querySelectorAll(BLOCKS)]
    .filter((el) => !el.querySelector(BLOCKS))
    .map((el) => {
      const text = (el.textContent ?? "").replace(/\s+/g, " ").trim();
      // A block quote keeps its mark, which the analysis reads as a quotation.
      return text && el.closest("blockquote") ? `> ${text}` : text;
    })
    .filter(Boolean);
  const text =
    paragraphs.length > 0
      ? paragraphs.join("\n\n")
      : (container.body?.textContent ?? "").replace(/[ \t]+/g, " ").trim();
  const published = (meta("article:published_time") ?? parsed?.publishedTime ?? null)?.slice(0, 10) ?? null;
  return {
    text,
    headline,
    title: parsed?.title?.trim() || meta("og:title"),
    author: parsed?.byline?.replace(/^by\s+/i, "").trim() || meta("author"),
    published: published && /^\d{4}-\d{2}-\d{2}$/.test(published) ? published : null,
    site: parsed?.siteName?.trim() || meta("og:site_name"),
    activeContent,
  };
}

/**
 * The <h1> inside the article (or the main content), else the page's only <h1>: several on a page
 * are usually the site's name beside the headline, and guessing between them would be worse.
 */
function headlineOf(document: ReturnType<typeof parseHTML>["document"]): string | null {
  const all = document.querySelectorAll("h1");
  const h1 = document.querySelector("article h1, main h1") ?? (all.length === 1 ? all[0] : null);
  const text = (h1?.textContent ?? "").replace(/\s+/g, " ").trim();
  return text && text.length <= 300 ? text : null;
}
