import { gzipSync } from "node:zlib";
import { submitAnswer, type Answer } from "./answer-action";

export type PagePayload = {
  path: string;
  htmlBytes: number;
  /** The document as sent, gzipped; it carries the page's RSC payload inline. */
  htmlGzip: number;
  /** The inline RSC payload's share of the document (self.__next_f.push scripts), not gzipped. */
  inlineRscBytes: number;
  /** What a client-side navigation to the page downloads instead of the HTML (whole tree: an upper bound). */
  rscGzip: number;
  firstLoadJsGzip: number;
  scripts: number;
};

const gz = (text: string | Buffer) => gzipSync(text).byteLength;

// An RSC request without its cache-busting `_rsc` parameter is redirected to one with it.
export async function get(url: string, headers: Record<string, string> = {}): Promise<string> {
  const response = await fetch(url, { headers, redirect: headers.rsc ? "follow" : "manual" });
  const body = await response.text();
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  return body;
}

/**
 * The scripts a current browser loads for the document (`<script src>`, not the `noModule`
 * polyfills that only old browsers fetch), fetched and gzipped: the page's first-load JS.
 */
export async function firstLoadJs(base: string, html: string): Promise<{ gzip: number; count: number }> {
  const tags = [...html.matchAll(/<script([^>]*)\ssrc="([^"]+)"([^>]*)>/g)].filter(
    (m) => !/nomodule/i.test(m[1]! + m[3]!),
  );
  const sources = [...new Set(tags.map((m) => m[2]!.replaceAll("&amp;", "&")))];
  const sizes = await Promise.all(sources.map(async (src) => gz(await get(new URL(src, base).toString()))));
  return { gzip: sizes.reduce((a, b) => a + b, 0), count: sources.length };
}

/**
 * Sizes as a browser gets them, gzipped here at zlib's default level (what `next start`
 * compresses with), so the figure does not depend on the client's Accept-Encoding.
 */
export async function measurePage(base: string, pagePath: string, cookie: string): Promise<PagePayload> {
  const html = await get(base + pagePath, { cookie });
  const inline = [...html.matchAll(/<script(?: nonce="[^"]*")?>self\.__next_f\.push\(([\s\S]*?)\)<\/script>/g)].reduce(
    (n, m) => n + Buffer.byteLength(m[1]!),
    0,
  );
  const rsc = await get(base + pagePath, { cookie, rsc: "1" });
  const js = await firstLoadJs(base, html);
  return {
    path: pagePath,
    htmlBytes: Buffer.byteLength(html),
    htmlGzip: gz(html),
    inlineRscBytes: inline,
    rscGzip: gz(rsc),
    firstLoadJsGzip: js.gzip,
    scripts: js.count,
  };
}

export type AnswerPayload = { bytes: number; gzip: number; body: string };

/** One answer's response body as the action returns it (the grading result, in RSC form). */
export async function measureAnswer(
  base: string,
  actionId: string,
  cookie: string,
  answer: Answer,
): Promise<AnswerPayload> {
  const result = await submitAnswer(base, actionId, cookie, answer);
  if (!result.feedback) throw new Error(`the answer was not graded (${result.status}): ${result.body.slice(0, 300)}`);
  return { bytes: Buffer.byteLength(result.body), gzip: gz(result.body), body: result.body };
}
