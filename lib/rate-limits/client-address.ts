/**
 * The client's address as the app sees it: the first hop of X-Forwarded-For, which Next's
 * server sets from the socket and a reverse proxy (Vercel, nginx) sets from the client. Behind
 * no proxy a client could send its own header; the per-account limits still hold then.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip")?.trim() || "unknown";
}
