import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { updateAccountAction } from "@/app/account/actions";
import { db } from "@/db";
import type { SessionUser } from "@/db/queries/users";
import { users } from "@/db/schema";
import { createAccount, deleteAccounts, formData } from "../support/classroom";
import { signInAs } from "../support/mock-session";

vi.mock("@/server/session", async () => (await import("../support/mock-session")).sessionModule());
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), refresh: vi.fn() }));

let me: SessionUser, someoneElse: SessionUser;
const settingsOf = async (id: string) =>
  (await db.select({ name: users.name, timeZone: users.timeZone }).from(users).where(eq(users.id, id)))[0];

beforeAll(async () => {
  [me, someoneElse] = await Promise.all([
    createAccount("student", "Old Name"),
    createAccount("teacher", "Someone Else"),
  ]);
});

afterAll(async () => {
  signInAs(null);
  await deleteAccounts([me, someoneElse].filter(Boolean).map((u) => u.id));
});

describe("account settings", () => {
  it("saves the signed-in user's own name and time zone, whatever id is posted", async () => {
    signInAs(me);
    const state = await updateAccountAction(
      {},
      formData({ name: " New Name ", timeZone: "Asia/Kolkata", userId: someoneElse.id }),
    );
    expect(state).toMatchObject({ ok: true });
    expect(await settingsOf(me.id)).toEqual({ name: "New Name", timeZone: "Asia/Kolkata" });
    expect(await settingsOf(someoneElse.id)).toEqual({ name: "Someone Else", timeZone: "UTC" });
  });

  it("refuses an unknown zone and an empty name", async () => {
    signInAs(me);
    const state = await updateAccountAction({}, formData({ name: "", timeZone: "Mars/Olympus_Mons" }));
    expect(state.errors).toMatchObject({ name: ["Enter your name."], timeZone: ["Unknown time zone."] });
    expect(await settingsOf(me.id)).toEqual({ name: "New Name", timeZone: "Asia/Kolkata" });
  });

  it("is for signed-in users only", async () => {
    signInAs(null);
    expect((await updateAccountAction({}, formData({ name: "Anyone", timeZone: "UTC" }))).message).toMatch(
      /session has ended/,
    );
  });
});
