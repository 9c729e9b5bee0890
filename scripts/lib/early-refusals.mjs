// Requests Next answers with a 500 before the app's proxy or routes run, so the production server
// (scripts/serve.mjs) refuses them first. Plain JavaScript: serve.mjs runs without a TypeScript
// loader.
import { parseAndValidateFlightRouterState } from "next/dist/server/app-render/parse-and-validate-flight-router-state.js";

const text = (status, message) => ({ status, message });

/**
 * Why `request` (method, url, headers as Node gives them) must be refused, or null.
 * - A client navigation's Next-Router-State-Tree that Next's own parser rejects (Next: 500).
 * - A broken percent escape in an /api address (the proxy does not run there; next-auth's
 *   catch-all route fails decoding it: 500). Page addresses get the proxy's not-found page.
 * @param {{ url?: string, headers: Record<string, string | string[] | undefined> }} request
 * @returns {{ status: number, message: string } | null}
 */
export function earlyRefusal({ url = "/", headers }) {
  const state = headers["next-router-state-tree"];
  if (state !== undefined) {
    try {
      parseAndValidateFlightRouterState(state);
    } catch {
      return text(400, "The Next-Router-State-Tree header cannot be read: reload the page.");
    }
  }
  const path = url.split("?")[0] ?? "/";
  if (path.startsWith("/api/")) {
    try {
      decodeURIComponent(path);
    } catch {
      return text(404, "Not found: the address has a broken percent escape.");
    }
  }
  return null;
}
