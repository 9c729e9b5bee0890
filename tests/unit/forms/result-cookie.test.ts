import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { chunkName, FORM_RESULT_MAX_AGE_SECONDS, openFormResult, sealFormResult } from "@/lib/forms/result-cookie";

const SECRET = "unit-test-secret-0123456789abcdef";
const jar = (chunks: { name: string; value: string }[] | null) => (name: string) =>
  chunks?.find((c) => c.name === name)?.value;

/** A sheet of new logins as the roster form returns it: distinct names, random passwords. */
function loginSheet(count: number) {
  const created = Array.from({ length: count }, (_, i) => {
    const name = `${randomBytes(5).toString("hex")} ${randomBytes(6).toString("hex")}`;
    return {
      line: i + 1,
      name,
      username: name.replace(" ", ".").toLowerCase(),
      password: randomBytes(6).toString("base64url").toLowerCase(),
    };
  });
  return { ok: true, message: `Created ${count} student logins.`, result: { created, problems: [] } };
}

describe("a form's result carried to its page in a cookie", () => {
  it("comes back as it was sealed, for the form it was sealed for", () => {
    const state = {
      message: "Please fix the highlighted fields.",
      errors: { name: ["Enter the class name."] },
      values: { name: "", section: "Period 4" },
    };
    const chunks = sealFormResult("create-class", state, SECRET);
    expect(chunks).toHaveLength(1);
    expect(openFormResult(jar(chunks), SECRET)).toEqual({ form: "create-class", state });
  });

  it("is unreadable without the secret, so a password in it stays in it", () => {
    const state = loginSheet(2);
    const chunks = sealFormResult("add-students", state, SECRET)!;
    const text = Buffer.from(chunks.map((c) => c.value).join(""), "base64url").toString("latin1");
    expect(text).not.toContain(state.result.created[0]!.password);
    expect(text).not.toContain(state.result.created[0]!.name);
    expect(openFormResult(jar(chunks), "another-secret-0123456789abcdef")).toBeNull();
  });

  it("reads as nothing when altered, cut short, expired or absent", () => {
    const now = Date.now();
    const chunks = sealFormResult("join-class", { ok: true, message: "You joined Period 4." }, SECRET, now)!;
    const value = chunks[0]!.value;
    const flipped = value.slice(0, 40) + (value[40] === "A" ? "B" : "A") + value.slice(41);
    expect(openFormResult(jar([{ name: chunkName(0), value: flipped }]), SECRET, now)).toBeNull();
    expect(openFormResult(jar([{ name: chunkName(0), value: value.slice(0, -4) }]), SECRET, now)).toBeNull();
    expect(openFormResult(jar([{ name: chunkName(0), value: "not even base64 %%%" }]), SECRET, now)).toBeNull();
    expect(openFormResult(jar(chunks), SECRET, now + FORM_RESULT_MAX_AGE_SECONDS * 1000 - 1)).not.toBeNull();
    expect(openFormResult(jar(chunks), SECRET, now + FORM_RESULT_MAX_AGE_SECONDS * 1000)).toBeNull();
    expect(openFormResult(jar(null), SECRET, now)).toBeNull();
  });

  it("spreads a sheet of 100 new logins over cookies a browser keeps (under 4 kB each)", () => {
    const state = loginSheet(100);
    const chunks = sealFormResult("add-students", state, SECRET)!;
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) expect(chunk.name.length + chunk.value.length).toBeLessThan(4000);
    expect(openFormResult(jar(chunks), SECRET)?.state).toEqual(state);
    // A chunk missing (the browser dropped one) reads as nothing, never as a cut-off sheet.
    expect(openFormResult(jar(chunks.slice(0, -1)), SECRET)).toBeNull();
  });

  it("refuses what no few cookies can carry, so the caller can send less", () => {
    const pasted = randomBytes(20_000).toString("base64");
    expect(
      sealFormResult(
        "add-students",
        { message: "Please fix the highlighted fields.", values: { names: pasted } },
        SECRET,
      ),
    ).toBeNull();
  });
});
