import { describe, expect, it } from "vitest";
import { cannotNameAPage } from "@/lib/http/page-paths";
import { decodePath, originHost, refusePost, requestHost } from "@/lib/http/request-checks";

describe("decoding a path", () => {
  it("decodes good escapes and gives null for broken ones instead of throwing", () => {
    expect(decodePath("who-said-it")).toBe("who-said-it");
    expect(decodePath("caf%C3%A9")).toBe("café");
    for (const broken of ["%ZZ", "%E0%A4%A", "%E0%A4", "%", "a%2", "%C3%28"])
      expect(decodePath(broken), broken).toBeNull();
  });
});

describe("the request's origin and host", () => {
  const headers = (h: Record<string, string>) => new Headers(h);

  it("reads the first forwarded host before Host, as Next's action check does", () => {
    expect(requestHost(headers({ host: "internal:3000", "x-forwarded-host": "byline.school, cdn.example" }))).toBe(
      "byline.school",
    );
    expect(requestHost(headers({ host: "byline.school" }))).toBe("byline.school");
  });

  it("tells an absent, opaque or unparseable Origin apart", () => {
    expect(originHost(headers({}))).toBeUndefined();
    expect(originHost(headers({ origin: "null" }))).toBe("null");
    expect(originHost(headers({ origin: "https://byline.school:8443" }))).toBe("byline.school:8443");
    expect(originHost(headers({ origin: "not a url" }))).toBeNull();
    // Parseable, but no origin a browser sends: never taken for this site.
    expect(originHost(headers({ origin: "javascript://byline.school" }))).toBeNull();
    expect(originHost(headers({ origin: "file://byline.school" }))).toBeNull();
  });
});

describe("refusing a post from its headers", () => {
  const check = (h: Record<string, string>, method = "POST", acceptsNullOrigin = false) =>
    refusePost({ method, headers: new Headers({ host: "byline.school", ...h }), acceptsNullOrigin });

  it("lets a same-site post, or one without an Origin, through", () => {
    expect(check({ origin: "https://byline.school" })).toBeNull();
    expect(check({})).toBeNull();
    expect(check({ origin: "null" }, "POST", true)).toBeNull();
  });

  it("never refuses a GET or a HEAD, whatever its headers", () => {
    for (const method of ["GET", "HEAD"])
      expect(check({ origin: "not a url", "content-length": "999999999" }, method)).toBeNull();
  });

  it("names each reason", () => {
    expect(check({ origin: "not a url" })).toBe("malformed-origin");
    expect(check({ origin: "mailto:x" })).toBe("malformed-origin");
    expect(check({ origin: "https://evil.example" })).toBe("cross-site");
    expect(check({ origin: "null" })).toBe("cross-site");
    expect(check({ "content-length": String(4 * 1024 * 1024 + 1) })).toBe("too-large");
    expect(check({ "content-type": "multipart/form-data" })).toBe("no-multipart-boundary");
    expect(check({ "content-type": "multipart/form-data; boundary=" })).toBe("no-multipart-boundary");
    expect(check({ "content-type": 'multipart/form-data; boundary="----x"' })).toBeNull();
    expect(
      check({ "content-type": "multipart/form-data; charset=utf-8; boundary=----WebKitFormBoundaryAbc" }),
    ).toBeNull();
  });
});

describe("addresses that cannot name a page", () => {
  const lessons = new Set(["who-said-it"]);
  const id = "c43dc855-841c-4f95-8787-a44b18a907f8";

  it("are the ones with a broken escape or an id of the wrong shape", () => {
    for (const path of [
      "/library/%ZZ",
      "/teach/classes/x",
      `/teach/classes/${id}/students/x`,
      `/teach/classes/${id}/assignments/x/report`,
      "/admin/students/x",
      "/teach/lessons/nope",
      "/teach/lessons/who-said-it/preview",
    ]) {
      expect(cannotNameAPage(path, lessons), path).toBe(true);
    }
  });

  it("leave everything else to the page", () => {
    for (const path of [
      "/",
      "/library/caf%C3%A9",
      "/teach",
      "/teach/classes",
      `/teach/classes/${id.toUpperCase()}/report`,
      `/teach/classes/${id}/students/${id}`,
      "/admin/students",
      "/teach/lessons/who-said-it",
      "/teach/lessons/t-abcdefghij/edit",
    ]) {
      expect(cannotNameAPage(path, lessons), path).toBe(false);
    }
  });
});
