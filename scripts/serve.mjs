// The production server `npm start` runs: Next's own request handler behind a plain Node HTTP
// server, so the address of the socket each request came from reaches the app. It is appended to
// X-Forwarded-For (as a proxy would), so the header's last entry is always the real peer and the
// rate limits believe earlier entries only through proxies the operator trusts
// (BYLINE_TRUSTED_PROXIES, lib/rate-limits/client-address.ts). `next start` would keep a header
// the client sent and drop the socket's address.
import { createServer } from "node:http";
import next from "next";
import { earlyRefusal } from "./lib/early-refusals.mjs";

// A direct read: plain Node runs this file, without the TypeScript loader lib/env.ts needs. The
// launcher checked PORT before starting it, and Next checks every setting when it loads
// next.config.ts (app.prepare below).
const port = Number.parseInt(process.env.PORT ?? "3000", 10);
const app = next({ dev: false, dir: process.cwd(), port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  const peer = req.socket.remoteAddress ?? "unknown";
  const given = req.headers["x-forwarded-for"];
  const chain = Array.isArray(given) ? given.join(", ") : given;
  req.headers["x-forwarded-for"] = chain ? `${chain}, ${peer}` : peer;
  const refusal = earlyRefusal(req);
  if (refusal) {
    res.writeHead(refusal.status, { "content-type": "text/plain; charset=utf-8" });
    res.end(refusal.message);
    return;
  }
  handle(req, res).catch((err) => {
    console.error(err);
    if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
    res.end("Something went wrong on the server.");
  });
});

server.listen(port, () => console.log(`Byline ready on http://localhost:${port}`));

const stop = () => {
  server.close(() => process.exit(0));
  // Keep-alive connections may hold close() open: do not wait for them for ever.
  setTimeout(() => process.exit(0), 5000).unref();
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
