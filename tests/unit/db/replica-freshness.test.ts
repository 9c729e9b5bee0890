import { describe, expect, it } from "vitest";
import { caughtUpWithin } from "@/lib/replica-freshness";

/** A clock that only moves when the code under test sleeps. */
function fakeClock() {
  let t = 0;
  return { now: () => t, sleep: async (ms: number) => void (t += ms) };
}

describe("caughtUpWithin", () => {
  it("takes a replica that is already there, even with no wait at all", async () => {
    const clock = fakeClock();
    expect(await caughtUpWithin(async () => true, 0, 5, clock.sleep, clock.now)).toBe(true);
  });

  it("waits for a replica that catches up in time", async () => {
    const clock = fakeClock();
    let asked = 0;
    const caughtUp = async () => ++asked >= 4;
    expect(await caughtUpWithin(caughtUp, 200, 5, clock.sleep, clock.now)).toBe(true);
    expect(asked).toBe(4);
    expect(clock.now()).toBe(15);
  });

  it("gives up on a replica that stays behind, without waiting past the bound", async () => {
    const clock = fakeClock();
    let asked = 0;
    const behind = async () => (asked++, false);
    expect(await caughtUpWithin(behind, 200, 5, clock.sleep, clock.now)).toBe(false);
    expect(clock.now()).toBeLessThanOrEqual(200);
    expect(asked).toBe(41);
  });
});
