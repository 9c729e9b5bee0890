import { describe, expect, it } from "vitest";
import { formDataToObject, isFormData } from "@/lib/forms/form-data";

describe("reading a posted form", () => {
  it("drops NUL characters, which no keyboard types and Postgres text cannot hold", () => {
    const form = new FormData();
    form.append("section", "Period\u00003");
    form.append("tag", "a\u0000");
    form.append("tag", "b");
    expect(formDataToObject(form)).toEqual({ section: "Period3", tag: ["a", "b"] });
  });

  it("tells a form from the other arguments anyone can post to a server action", () => {
    expect(isFormData(new FormData())).toBe(true);
    for (const value of [[], {}, "x", null, undefined, { keys: () => [] }]) expect(isFormData(value)).toBe(false);
  });
});
