import { describe, expect, it } from "vitest";
import { viewerReportFrom } from "@/components/layout/viewer-source";

describe("what a page's own JSON tells the header of who is signed in", () => {
  const body = { viewer: { name: "Ms Rivera", role: "teacher" }, renewSession: true };

  it("names the viewer when the answer carries the page's content", () => {
    expect(viewerReportFrom(200, body, true)).toEqual({
      viewer: { name: "Ms Rivera", role: "teacher" },
      renewSession: true,
    });
  });

  it("says nobody on a 401, whatever the body", () => {
    expect(viewerReportFrom(401, body, true)).toEqual({ viewer: null, renewSession: false });
    expect(viewerReportFrom(401, null, false)).toEqual({ viewer: null, renewSession: false });
  });

  it("cannot tell from an error or an unreachable server (the menu then asks the session endpoint)", () => {
    expect(viewerReportFrom(503, { viewer: body.viewer }, false)).toBeUndefined();
    expect(viewerReportFrom(undefined, null, false)).toBeUndefined();
    expect(viewerReportFrom(404, { error: "No class of yours has this address." } as never, false)).toBeUndefined();
  });

  it("reads a forged or malformed viewer as nobody, and renewal only when it is exactly true", () => {
    expect(viewerReportFrom(200, { viewer: { name: "x", role: "superuser" }, renewSession: "yes" }, true)).toEqual({
      viewer: null,
      renewSession: false,
    });
  });
});
