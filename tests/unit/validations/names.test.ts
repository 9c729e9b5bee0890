import { describe, expect, it } from "vitest";
import { parsePastedNames } from "@/lib/rosters/name-list";
import { accountSettingsSchema } from "@/lib/validations/account";
import { signUpSchema } from "@/lib/validations/auth";
import { classDetailsSchema } from "@/lib/validations/classes";
import { cleanName, DIRECTION_CONTROL_MESSAGE, displayName } from "@/lib/validations/names";

const name = displayName("Enter your name.");
const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((i) => i.message) ?? [];

const DIRECTION_CONTROLS = ["\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069"];
const INVISIBLE = ["\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u200E", "\u200F", "\u061C"];

describe("a display name", () => {
  it("refuses every embedding, override and isolate, saying why", () => {
    for (const control of DIRECTION_CONTROLS) {
      const result = name.safeParse(`Ana${control}nimda`);
      expect(result.success, escape(control)).toBe(false);
      expect(messages(result), escape(control)).toEqual([DIRECTION_CONTROL_MESSAGE]);
    }
  });

  it("drops zero-width characters and direction marks, so look-alike names are equal", () => {
    for (const invisible of INVISIBLE) {
      expect(
        name.parse(`${invisible}A${invisible}${invisible}na Lo${invisible}pez${invisible}`),
        escape(invisible),
      ).toBe("Ana Lopez");
    }
  });

  it("keeps letters of every script, collapses white space and drops other control characters", () => {
    expect(name.parse("  José\t\tMaría \n Nguyễn  ")).toBe("José María Nguyễn");
    expect(name.parse("محمد عبد الله")).toBe("محمد عبد الله");
    expect(name.parse("Ana\u0000 \u0007Lopez")).toBe("Ana Lopez");
  });

  it("is empty, and refused as empty, when nothing visible is left", () => {
    expect(messages(name.safeParse("\u200B\uFEFF \u200D"))).toEqual(["Enter your name."]);
    expect(messages(name.safeParse("a".repeat(101)))).toEqual(["Use at most 100 characters."]);
    expect(name.parse(`${"a".repeat(100)}\u200B`)).toHaveLength(100);
  });
});

describe("every form that takes a name uses the rule", () => {
  const bidi = "Ana\u202Enimda";
  const zeroWidth = "A\u200Bna";

  it("sign-up, account settings and class details", () => {
    const signUp = { email: "a@b.test", password: "a-long-password", confirmAge: "on", timeZone: "UTC" };
    expect(messages(signUpSchema.safeParse({ ...signUp, name: bidi }))).toEqual([DIRECTION_CONTROL_MESSAGE]);
    expect(signUpSchema.parse({ ...signUp, name: zeroWidth }).name).toBe("Ana");
    expect(messages(accountSettingsSchema.safeParse({ name: bidi, timeZone: "UTC" }))).toEqual([
      DIRECTION_CONTROL_MESSAGE,
    ]);
    expect(accountSettingsSchema.parse({ name: zeroWidth, timeZone: "UTC" }).name).toBe("Ana");
    expect(messages(classDetailsSchema.safeParse({ name: "Period\u20663" }))).toEqual([DIRECTION_CONTROL_MESSAGE]);
    expect(classDetailsSchema.parse({ name: "Period\u200D 3" }).name).toBe("Period 3");
  });

  it("teacher-made student logins: a refused line is reported, and shown without its controls", () => {
    const { names, problems } = parsePastedNames([bidi, zeroWidth, "Ana"].join("\n"));
    expect(names).toEqual([{ line: 2, name: "Ana" }]);
    expect(problems).toEqual([
      { line: 1, text: "Ananimda", reason: DIRECTION_CONTROL_MESSAGE },
      { line: 3, text: "Ana", reason: "The same name is already on line 2." },
    ]);
    expect(cleanName(bidi)).toBe("Ananimda");
  });
});

function escape(character: string): string {
  return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
}
