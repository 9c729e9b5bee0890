import { describe, expect, it } from "vitest";
import { drawOptionOrder, inOrder, type OrderSeat } from "@/lib/quiz/option-order";
import { seededDraws, seededShuffle } from "@/lib/quiz/seeded-shuffle";

const OPTIONS = [{ id: "a" }, { id: "b" }, { id: "c" }, { id: "d" }];
const seat = (over: Partial<OrderSeat> = {}): OrderSeat => ({
  subject: "student-1",
  lessonId: "who-said-it",
  assignmentId: null,
  attempt: 1,
  questionId: "q1",
  ...over,
});

describe("drawOptionOrder", () => {
  it("is a permutation of the options, the same for the same seat and secret", () => {
    const order = drawOptionOrder(OPTIONS, seat(), "secret");
    expect([...order].sort()).toEqual(["a", "b", "c", "d"]);
    expect(drawOptionOrder(OPTIONS, seat(), "secret")).toEqual(order);
  });

  it("draws independently per student, question, attempt, context and secret", () => {
    const orders = (vary: (i: number) => Partial<OrderSeat>, secret = "secret") =>
      new Set(Array.from({ length: 40 }, (_, i) => drawOptionOrder(OPTIONS, seat(vary(i)), secret).join("")));
    // 24 possible orders: 40 independent draws give many different ones, one fixed order gives 1.
    for (const vary of [
      (i: number) => ({ subject: `student-${i}` }),
      (i: number) => ({ questionId: `q${i}` }),
      (i: number) => ({ attempt: i + 1 }),
      (i: number) => ({ assignmentId: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}` }),
    ]) {
      expect(orders(vary).size).toBeGreaterThan(10);
    }
    const secrets = new Set(
      Array.from({ length: 40 }, (_, i) => drawOptionOrder(OPTIONS, seat(), `secret-${i}`).join("")),
    );
    expect(secrets.size).toBeGreaterThan(10);
  });

  it("puts the first authored option in every place about equally often", () => {
    const places = [0, 0, 0, 0];
    for (let i = 0; i < 4000; i++)
      places[drawOptionOrder(OPTIONS, seat({ subject: `s${i}` }), "secret").indexOf("a")]! += 1;
    for (const n of places) expect(n).toBeGreaterThan(850); // 1000 expected each; 850 is over 5 standard deviations below
  });

  it("keeps pinned options in their authored place", () => {
    const options = [{ id: "a" }, { id: "b" }, { id: "both", pinned: true }, { id: "none", pinned: true }];
    for (let i = 0; i < 50; i++) {
      const order = drawOptionOrder(options, seat({ subject: `s${i}` }), "secret");
      expect(order.slice(2)).toEqual(["both", "none"]);
    }
    const all = options.map((o) => ({ ...o, pinned: true }));
    expect(drawOptionOrder(all, seat(), "secret")).toEqual(["a", "b", "both", "none"]);
  });
});

describe("inOrder", () => {
  it("sorts options by a stored order, unknown ones last in authored order", () => {
    const options = [{ id: "a" }, { id: "b" }, { id: "c" }];
    expect(inOrder(options, ["c", "a", "b"]).map((o) => o.id)).toEqual(["c", "a", "b"]);
    expect(inOrder(options, ["b"]).map((o) => o.id)).toEqual(["b", "a", "c"]);
    expect(inOrder(options, null).map((o) => o.id)).toEqual(["a", "b", "c"]);
  });
});

describe("seededShuffle", () => {
  it("leaves the input untouched and handles one or no movable item", () => {
    const input = ["x", "y"];
    seededShuffle(input, seededDraws("k"));
    expect(input).toEqual(["x", "y"]);
    expect(seededShuffle(["x"], seededDraws("k"))).toEqual(["x"]);
    expect(seededShuffle([], seededDraws("k"))).toEqual([]);
  });
});
