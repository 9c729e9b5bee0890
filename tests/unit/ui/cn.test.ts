import { describe, expect, it } from "vitest";
import { cn } from "@/components/ui/cn";

describe("cn", () => {
  it("lets a later utility win over an earlier one that sets the same property", () => {
    expect(cn("px-4 py-2 text-sm", "px-3 py-1.5")).toBe("text-sm px-3 py-1.5");
    expect(cn("w-full bg-white text-sm", "w-auto text-xs")).toBe("bg-white w-auto text-xs");
    expect(cn("border border-stone-300 bg-white", "bg-green-50")).toBe("border border-stone-300 bg-green-50");
  });

  it("keeps utilities that only look alike: a side's border, a colour beside a size, variants", () => {
    expect(cn("border border-l-4 border-stone-200", "border-l-amber-700")).toBe(
      "border border-l-4 border-stone-200 border-l-amber-700",
    );
    // The theme's own colours (globals.css) are colours, not font sizes.
    expect(cn("text-xs text-news", "text-muted")).toBe("text-xs text-muted");
    expect(cn("inline-flex", "print:hidden", "hover:bg-stone-100", "hover:bg-accent-strong")).toBe(
      "inline-flex print:hidden hover:bg-accent-strong",
    );
  });

  it("drops falsy parts and flattens conditionals", () => {
    expect(
      cn("text-sm", false, null, undefined, "", ["font-semibold", { "text-red-900": true, "text-green-900": false }]),
    ).toBe("text-sm font-semibold text-red-900");
  });
});
