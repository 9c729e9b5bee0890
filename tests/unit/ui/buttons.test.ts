import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ResetPasswordButton } from "@/components/account/reset-password-button";
import { ActionButton } from "@/components/ui/action-button";
import { Button, buttonVariants } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";

/** The class list of the first <button> in the markup. */
function buttonClasses(html: string): string[] {
  const match = /<button[^>]*\sclass="([^"]*)"/.exec(html);
  if (!match) throw new Error(`no button with a class in ${html}`);
  return match[1]!.split(" ");
}

const noop = async () => ({});

describe("small buttons", () => {
  it("ActionButton renders the small size: its padding replaces the default one", () => {
    const html = renderToStaticMarkup(
      createElement(ActionButton, { action: noop, fields: { classId: "c1" }, label: "Remove", srContext: "Ada" }),
    );
    const classes = buttonClasses(html);
    expect(classes).toEqual(expect.arrayContaining(["px-3", "py-1.5", "border-stone-300", "bg-white"]));
    expect(classes).not.toContain("px-4");
    expect(classes).not.toContain("py-2");
    expect(html).toContain('<input type="hidden" name="classId" value="c1"/>');
    expect(html).toContain('<span class="sr-only"> Ada</span>');
  });

  it("ActionButton's primary variant keeps the small size", () => {
    const html = renderToStaticMarkup(
      createElement(ActionButton, { action: noop, fields: {}, label: "Close", variant: "primary" }),
    );
    const classes = buttonClasses(html);
    expect(classes).toEqual(expect.arrayContaining(["px-3", "py-1.5", "bg-accent", "text-white"]));
    expect(classes).not.toContain("px-4");
    expect(classes).not.toContain("bg-white");
  });

  it("CopyButton and ResetPasswordButton are small too", () => {
    for (const html of [
      renderToStaticMarkup(createElement(CopyButton, { text: "ABC123", label: "Copy the code" })),
      renderToStaticMarkup(
        createElement(ResetPasswordButton, { action: noop, fields: { studentId: "s1" }, name: "Ada" }),
      ),
    ]) {
      const classes = buttonClasses(html);
      expect(classes).toEqual(expect.arrayContaining(["px-3", "py-1.5"]));
      expect(classes).not.toContain("px-4");
      expect(classes).not.toContain("py-2");
    }
  });
});

describe("Button", () => {
  it("defaults to the primary variant at the default size", () => {
    const classes = buttonClasses(renderToStaticMarkup(createElement(Button, { type: "submit" }, "Save")));
    expect(classes).toEqual(expect.arrayContaining(["bg-accent", "px-4", "py-2", "rounded-md"]));
  });

  it("lets a caller's className override the variant's", () => {
    const html = renderToStaticMarkup(
      createElement(Button, { variant: "secondary", className: "px-6 print:hidden" }, "Print"),
    );
    const classes = buttonClasses(html);
    expect(classes).toContain("px-6");
    expect(classes).toContain("print:hidden");
    expect(classes).not.toContain("px-4");
  });

  it("gives links that act as buttons the same classes", () => {
    expect(buttonVariants({ variant: "secondary", size: "sm" })).toBe(
      buttonClasses(renderToStaticMarkup(createElement(Button, { variant: "secondary", size: "sm" }))).join(" "),
    );
  });
});
