/**
 * Checks the proxy makes on a request before Next handles it, from the URL and the headers only:
 * Next answers 500 to each of these cases itself (docs/security.md, "Malformed requests"), and the
 * proxy runs on every page, so nothing here reads the body.
 */

/** Server actions' body size limit, in bytes: next.config.ts gives Next the same number. */
export const ACTION_BODY_LIMIT_BYTES = 4 * 1024 * 1024;

export type PostRefusal = "malformed-origin" | "cross-site" | "too-large" | "no-multipart-boundary" | "unreadable-form";

export const POST_REFUSALS: Record<PostRefusal, { status: number; message: string }> = {
  "malformed-origin": {
    status: 400,
    message: "The Origin header is not a web address, so the request cannot be checked; it was not accepted.",
  },
  "cross-site": { status: 403, message: "Cross-site form posts are not accepted." },
  "too-large": {
    status: 413,
    message: `The request is too large: at most ${ACTION_BODY_LIMIT_BYTES / 1024 / 1024} MB can be sent at once.`,
  },
  "no-multipart-boundary": {
    status: 400,
    message: "The form data cannot be read: its Content-Type names no multipart boundary.",
  },
  "unreadable-form": { status: 400, message: "The form data cannot be read: the multipart body is malformed." },
};

/** A path or one segment of it, percent-decoded; null when an escape is broken ("%ZZ", a cut-off UTF-8 sequence). */
export function decodePath(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}

/**
 * The host the browser addressed, as Next's own server-action check reads it: the first
 * X-Forwarded-Host (a proxy in front says so), else Host.
 */
export function requestHost(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  return forwarded || headers.get("host");
}

/**
 * The Origin header's host; "null" as sent by opaque origins; undefined when absent; null when it
 * is no web address (browsers send only http: and https: origins, so `javascript://host` is not one).
 */
export function originHost(headers: Headers): string | null | undefined {
  const origin = headers.get("origin");
  if (origin === null) return undefined;
  if (origin === "null") return "null";
  const url = URL.canParse(origin) ? new URL(origin) : null;
  return url && (url.protocol === "http:" || url.protocol === "https:") ? url.host : null;
}

type PostInput = { method: string; headers: Headers; acceptsNullOrigin: boolean };

/**
 * Why a request with a body must be refused before Next reads it, or null to let it through. A
 * cross-site post is one whose Origin names another host; "null" (a sandboxed frame, a post after
 * a cross-site redirect) counts as cross-site except where the caller says the route accepts it.
 */
export function refusePost({ method, headers, acceptsNullOrigin }: PostInput): PostRefusal | null {
  if (method === "GET" || method === "HEAD") return null;
  const origin = originHost(headers);
  if (origin === null || origin === "") return "malformed-origin";
  if (origin !== undefined && !(origin === "null" && acceptsNullOrigin) && origin !== requestHost(headers))
    return "cross-site";
  const length = Number(headers.get("content-length") ?? 0);
  if (length > ACTION_BODY_LIMIT_BYTES) return "too-large";
  const type = headers.get("content-type") ?? "";
  if (/^multipart\/form-data/i.test(type) && !/;\s*boundary\s*=\s*"?[^";\s]/i.test(type))
    return "no-multipart-boundary";
  return null;
}
