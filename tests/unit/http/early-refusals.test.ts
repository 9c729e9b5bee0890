import { describe, expect, it } from "vitest";
import { earlyRefusal } from "../../../scripts/lib/early-refusals.mjs";

/** What the production server refuses before Next, which would answer these with a 500. */
describe("requests refused before Next sees them", () => {
  const get = (url: string, headers: Record<string, string | string[]> = {}) => earlyRefusal({ url, headers });

  it("lets ordinary requests and the router state Next's client sends through", () => {
    expect(get("/home")).toBeNull();
    expect(get("/api/auth/session")).toBeNull();
    expect(get("/lessons/%ZZ")).toBeNull(); // a page address: the proxy's not-found page answers it
    const sent = ["", { children: ["home", { children: ["__PAGE__", {}, null, null] }, null, null] }, null, null];
    expect(get("/home", { "next-router-state-tree": encodeURIComponent(JSON.stringify(sent)) })).toBeNull();
  });

  it("refuses a router state Next's own parser rejects with 400", () => {
    for (const state of ["garbage", "%ZZ", "[".repeat(2000), encodeURIComponent('{"children":1}'), ["[]", "[]"]])
      expect(get("/home?_rsc=1", { "next-router-state-tree": state })?.status, String(state).slice(0, 12)).toBe(400);
  });

  it("answers a broken percent escape under /api with 404", () => {
    for (const url of ["/api/auth/%ZZ", "/api/auth/session/%E0%A4%A?x=1", "/api/auth/callback/%"])
      expect(get(url)).toEqual({ status: 404, message: "Not found: the address has a broken percent escape." });
  });
});
