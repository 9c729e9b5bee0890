/**
 * The Content-Security-Policy of a page. Scripts: this origin's files, the inline scripts that
 * carry this request's nonce (everything Next renders per request), and the inline scripts of
 * prerendered HTML by hash (a prerendered page was written before any request, so it cannot carry
 * a nonce). No 'unsafe-inline' and no 'strict-dynamic': Next loads its chunks as files of this
 * origin, which 'self' allows. Styles may still be inline (React's style attributes).
 */
export function contentSecurityPolicy({
  nonce,
  scriptHashes,
  development = false,
  framedBySelf = false,
}: {
  /** None for a page prerendered whole: its file was written before any request. */
  nonce?: string;
  scriptHashes: readonly string[];
  development?: boolean;
  /** Only the header's no-JavaScript account frame (app/account/status) may be framed, and only by this site. */
  framedBySelf?: boolean;
}): string {
  const scripts = ["'self'", ...(nonce ? [`'nonce-${nonce}'`] : []), ...scriptHashes.map((hash) => `'${hash}'`)];
  // React's development build evaluates code for its error overlays and stack traces.
  if (development) scripts.push("'unsafe-eval'");
  return [
    "default-src 'self'",
    `script-src ${scripts.join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    framedBySelf ? "frame-ancestors 'self'" : "frame-ancestors 'none'",
  ].join("; ");
}

/** A fresh nonce: 128 random bits, base64 (the characters CSP and Next accept). */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
