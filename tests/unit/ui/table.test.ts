import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
  TableRowHeader,
} from "@/components/ui/table";

describe("Table", () => {
  it("renders plain table semantics: caption, column and row headers", () => {
    const html = renderToStaticMarkup(
      h(
        Table,
        null,
        h(TableCaption, null, "Mastery per skill"),
        h(TableHeader, null, h(TableHead, null, "Skill"), h(TableHead, null, "Level")),
        h(TableBody, null, h(TableRow, null, h(TableRowHeader, null, "Quotes"), h(TableCell, null, "Strong"))),
      ),
    );
    expect(html).toBe(
      '<table class="w-full border-collapse bg-white text-sm"><caption class="sr-only">Mastery per skill</caption>' +
        '<thead><tr class="border-b border-stone-300 text-left"><th scope="col" class="p-2">Skill</th><th scope="col" class="p-2">Level</th></tr></thead>' +
        '<tbody><tr class="border-b border-stone-200"><th scope="row" class="p-2 text-left font-medium">Quotes</th><td class="p-2">Strong</td></tr></tbody></table>',
    );
  });

  it("lets a table say how it differs, and wraps a wide one in its labelled scroll box", () => {
    const html = renderToStaticMarkup(
      h(Table, { className: "w-auto bg-transparent text-xs", scrollLabel: "Teachers" }),
    );
    expect(html).toBe(
      '<div role="region" aria-label="Teachers" tabindex="0" class="relative overflow-x-auto">' +
        '<table class="border-collapse w-auto bg-transparent text-xs"></table></div>',
    );
  });
});
