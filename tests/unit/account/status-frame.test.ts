import { describe, expect, it } from "vitest";
import { statusFrameHtml } from "@/lib/account/status-frame";

describe("the header's account frame (without JavaScript)", () => {
  it("offers sign-in and sign-up to a visitor, and never a sign-out", () => {
    const html = statusFrameHtml(null);
    expect(html).toContain(`<a href="/sign-in" target="_top">Sign in</a>`);
    expect(html).toContain(`href="/sign-up"`);
    expect(html).not.toContain("Sign out");
  });

  it("shows a signed-in user their name, their own area and a sign-out that posts from the whole window", () => {
    const html = statusFrameHtml({ name: "Ada Lovelace", role: "teacher" });
    expect(html).toContain(`<a href="/teach" target="_top">Teaching</a>`);
    expect(html).toContain("Signed in as </span>Ada Lovelace");
    expect(html).toMatch(
      /<form method="post" action="\/account\/sign-out" target="_top"><button type="submit">Sign out<\/button><\/form>/,
    );
    expect(html).not.toContain("Sign in");
  });

  it("escapes the name a user chose, which is theirs to write", () => {
    const html = statusFrameHtml({ name: `<img src=x onerror="alert(1)">&'`, role: "student" });
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;&#39;");
    expect(html).toContain(`<a href="/home" target="_top">My lessons</a>`);
  });
});
