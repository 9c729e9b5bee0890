import { marked } from "marked";
import { plural } from "@/lib/plural";
import { cleanPlainText, type CleanedArticle } from "./clean-text";
import { htmlToArticle } from "./html-to-text";

/** More text than any article; a limit that keeps one upload from filling the database. */
export const MAX_SOURCE_BYTES = 1_000_000;
export const SOURCE_EXTENSIONS = [".txt", ".md", ".markdown", ".html", ".htm"] as const;

export type ReadSource = { ok: true; article: CleanedArticle; notices: string[] } | { ok: false; error: string };

const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

/** Bytes as UTF-8 text, or why they are not: empty, binary, too large, another encoding. */
export function decodeText(
  bytes: Uint8Array,
  label: string,
): { ok: true; text: string } | { ok: false; error: string } {
  if (bytes.byteLength === 0) return { ok: false, error: `${label} is empty.` };
  if (bytes.byteLength > MAX_SOURCE_BYTES)
    return {
      ok: false,
      error: `${label} is ${mb(bytes.byteLength)}; an article must be under 1 MB of text. Paste just the article.`,
    };
  if (bytes.includes(0))
    return {
      ok: false,
      error: `${label} is not a text file (it holds binary data). Upload the article as .txt, .md or .html, or paste its text.`,
    };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return {
      ok: false,
      error: `${label} is not UTF-8 text. Save it as UTF-8 (most editors offer it under "Save as") or paste the text.`,
    };
  }
  const control = (text.match(/[\u0000-\u0008\u000e-\u001f\u007f]/g) ?? []).length;
  if (control > Math.max(8, text.length / 100))
    return {
      ok: false,
      error: `${label} is not a text file (it is full of control characters). Upload .txt, .md or .html.`,
    };
  if (!text.replace(/^\uFEFF/, "").trim()) return { ok: false, error: `${label} has no text in it.` };
  return { ok: true, text };
}

/**
 * A teacher's source, pasted or uploaded, as cleaned text plus the metadata found in it. HTML is
 * parsed for its article and reduced to text; Markdown to its text. Nothing is rendered.
 */
export function readSource(text: string, kind: "text" | "markdown" | "html"): ReadSource {
  const notices: string[] = [];
  if (new TextEncoder().encode(text).byteLength > MAX_SOURCE_BYTES) {
    return { ok: false, error: "That is more than 1 MB of text; an article is far shorter. Paste just the article." };
  }
  if (!text.trim()) return { ok: false, error: "There is no text to import." };
  if (kind === "text") return { ok: true, article: cleanPlainText(text), notices };

  const html = kind === "markdown" ? (marked.parse(text, { async: false }) as string) : text;
  const found = htmlToArticle(html, { findArticle: kind === "html" });
  if (found.activeContent > 0) {
    notices.push(
      `The ${kind === "html" ? "page" : "file"} contained ${plural(found.activeContent, "script or script link", "scripts or script links")}; they were removed and only the text is kept.`,
    );
  }
  if (!found.text.trim())
    return { ok: false, error: "No article text was found in that HTML. Paste the article's text instead." };
  const article = cleanPlainText(found.text, { author: found.author, title: found.headline });
  return {
    ok: true,
    article: { ...article, title: article.title ?? found.title, published: article.published ?? found.published },
    notices,
  };
}

export function kindOfFile(name: string): "text" | "markdown" | "html" | null {
  const lower = name.toLowerCase();
  if (lower.endsWith(".txt")) return "text";
  if (lower.endsWith(".md") || lower.endsWith(".markdown")) return "markdown";
  if (lower.endsWith(".html") || lower.endsWith(".htm")) return "html";
  return null;
}
